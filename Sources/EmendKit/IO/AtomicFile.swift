import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader, or a crash, never sees half of one.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same directory that is
    /// flushed to disk and then renamed over `path`.
    /// - Throws: ``IOFailure`` naming the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(IOFailure) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let temp = dir + "/.\(url.lastPathComponent).emend-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw IOFailure(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buf in Glibc.write(fd, buf.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                let reason = String(cString: strerror(errno))
                close(fd); unlink(temp)
                throw IOFailure(path: path, reason: reason)
            }
            written += n
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw IOFailure(path: path, reason: reason)
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw IOFailure(path: path, reason: reason)
        }
    }

    /// Removes the temporary files that runs killed mid-write (SIGKILL, power loss) left in
    /// `folder` and its subfolders: `.NAME.emend-PID-N.tmp` whose process PID is gone.
    /// Files of a live process, such as another Emend writing there, are left alone.
    public static func removeStaleTemporaries(in folder: String) {
        guard let names = FileManager.default.enumerator(atPath: folder) else { return }
        for case let relative as String in names {
            let name = URL(fileURLWithPath: relative).lastPathComponent
            guard name.hasPrefix("."), name.hasSuffix(".tmp"), let marker = name.range(of: ".emend-", options: .backwards),
                  let pid = pid_t(name[marker.upperBound...].prefix { $0 != "-" }),
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + relative)
        }
    }

    /// Reads a whole file.
    public static func read(_ path: String) throws(IOFailure) -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw IOFailure(path: path, reason: "no such file")
        }
        if isDir.boolValue { throw IOFailure(path: path, reason: "is a directory; give a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IOFailure(path: path, reason: "cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }
}

/// A file Emend could not read or write.
public struct IOFailure: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): error: \(reason)" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

import Foundation

/// The folders tests write in: each new, all inside one folder per test process, which is
/// removed when the process exits, so a test run leaves nothing in the temporary directory.
public enum TestFolders {
    private static let root: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("emend-tests-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestFolders.root) }
        return path
    }()

    /// A new, empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) -> String {
        let path = root + "/" + prefix + "-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

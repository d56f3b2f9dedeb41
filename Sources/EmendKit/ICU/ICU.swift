internal import CICU

/// Emend's small API over the system ICU.
///
/// Every function takes and returns Swift strings; text crosses into ICU as UTF-16.
/// ICU failures become ``ICUError``; output buffers are retried once at the size ICU
/// asks for when they overflow.
public enum ICU {
    /// ICU's version, for example "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        emend_icu_version(&buffer, 32)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// An ICU failure, described by ICU's own name for its error code.
public struct ICUError: Error, Equatable, CustomStringConvertible, Sendable {
    /// ICU's `UErrorCode` value.
    public let code: Int32
    /// What Emend was doing when ICU failed.
    public let operation: String

    /// ICU's name for the code, such as `U_INVALID_CHAR_FOUND`.
    public var name: String { String(cString: emend_icu_error_name(code)) }

    public var description: String { "ICU \(operation) failed: \(name)" }
}

extension ICU {
    static let bufferOverflow: Int32 = 15

    /// Throws ``ICUError`` when `status` is a failure code.
    static func check(_ status: Int32, _ operation: String) throws {
        if status > 0 { throw ICUError(code: status, operation: operation) }
    }

    /// Calls `fill` with a buffer of `capacity` elements; when ICU reports overflow, grows
    /// the buffer to the size ICU asked for and calls it again (at most twice more).
    ///
    /// - Parameter fill: Writes into the buffer, sets the ICU status and returns the length needed.
    /// - Returns: The filled part of the buffer.
    static func retrying<Element>(_ operation: String, capacity: Int, zero: Element,
                                  _ fill: (inout [Element], Int32, inout Int32) -> Int32) throws -> ArraySlice<Element> {
        var capacity = max(16, capacity)
        for _ in 0..<3 {
            var status: Int32 = 0
            var buffer = [Element](repeating: zero, count: capacity)
            let needed = fill(&buffer, Int32(capacity), &status)
            if status == bufferOverflow {
                capacity = max(Int(needed) + 1, capacity * 2)
                continue
            }
            try check(status, operation)
            return buffer[0..<Int(needed)]
        }
        throw ICUError(code: bufferOverflow, operation: operation)
    }

    /// Runs an ICU function that writes UTF-16 into a buffer, growing the buffer when ICU
    /// reports overflow.
    ///
    /// - Parameters:
    ///   - text: The input, passed as UTF-16.
    ///   - operation: Names the call in errors.
    ///   - body: Calls ICU with (source, length, destination, capacity, status) and
    ///     returns the length ICU needs.
    /// - Returns: The output decoded as a Swift string.
    static func withUTF16Output(
        _ text: String, _ operation: String,
        _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) throws -> String {
        let source = Array(text.utf16)
        let output = try retrying(operation, capacity: source.count + source.count / 2 + 8, zero: UInt16(0)) { buffer, capacity, status in
            source.withUnsafeBufferPointer { src in
                buffer.withUnsafeMutableBufferPointer { dst in
                    body(src.baseAddress ?? UnsafePointer(bitPattern: 1)!, Int32(src.count), dst.baseAddress!, capacity, &status)
                }
            }
        }
        return String(decoding: output, as: UTF16.self)
    }
}

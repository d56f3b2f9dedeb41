internal import CICU
import Foundation

extension ICU {
    /// An open ICU transliterator, closed when the last reference goes away.
    ///
    /// ICU transliterators are expensive to open; ``ICU/transliterate(_:id:)`` keeps one
    /// per transform ID.
    public final class Transliterator: @unchecked Sendable {
        /// The ICU transform ID, such as "Han-Latin" or "Russian-Latin/BGN".
        public let id: String
        private let handle: UnsafeMutableRawPointer
        private let lock = NSLock()

        /// Opens the transform `id`.
        /// - Throws: ``ICUError`` (`U_INVALID_ID`) when ICU does not know the ID.
        public init(id: String) throws {
            let utf16 = Array(id.utf16)
            var status: Int32 = 0
            let opened = emend_translit_open(utf16, Int32(utf16.count), &status)
            try ICU.check(status, "opening transliterator '\(id)'")
            guard let opened else { throw ICUError(code: 1, operation: "opening transliterator '\(id)'") }
            self.id = id
            self.handle = opened
        }

        deinit { emend_translit_close(handle) }

        /// Transliterates `text`.
        public func callAsFunction(_ text: String) throws -> String {
            lock.lock(); defer { lock.unlock() }
            return try ICU.withUTF16Output(text, "transliteration '\(id)'") { src, len, dst, cap, status in
                emend_translit_apply(handle, src, len, dst, cap, &status)
            }
        }
    }

    nonisolated(unsafe) private static var transliterators: [String: Transliterator] = [:]
    private static let transliteratorLock = NSLock()

    /// Transliterates `text` with the ICU transform `id`, such as "Han-Latin",
    /// "Russian-Latin/BGN", "Latin-ASCII" or a compound "Han-Latin; Latin-ASCII".
    public static func transliterate(_ text: String, id: String) throws -> String {
        if let known = TransliterationCache.result(text, id: id) { return known }
        let result = try transliterateWithICU(text, id: id)
        TransliterationCache.remember(result, for: text, id: id)
        return result
    }

    private static func transliterateWithICU(_ text: String, id: String) throws -> String {
        transliteratorLock.lock()
        let cached = transliterators[id]
        transliteratorLock.unlock()
        if let cached { return try cached(text) }
        let opened = try Transliterator(id: id)
        transliteratorLock.lock()
        transliterators[id] = opened
        transliteratorLock.unlock()
        return try opened(text)
    }
}

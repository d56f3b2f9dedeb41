import Foundation

/// Where cleaning spends its time, stage by stage (`emend clean --profile`): reading
/// input, analysing text, modelling the article, each rule, writing output.
///
/// Times are wall-clock on the thread that ran the stage, summed over articles (and over
/// threads with `--jobs N`). A stage is timed around whole calls, never inside loops, so
/// the profile costs a few clock reads per article.
public final class StageProfile: @unchecked Sendable {
    public struct Stage: Sendable, Equatable {
        public var name: String
        public var seconds: Double
        public var calls: Int
    }

    private var stages: [String: Stage] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    public init() {}

    /// Runs `body` and adds its time to `stage`.
    @inline(__always)
    public func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        defer { add(stage, seconds: Self.seconds(since: start)) }
        return try body()
    }

    /// A moment, for ``seconds(since:)``.
    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// The seconds from `start` (a ``now()``) until now.
    public static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    /// Adds `seconds` (one call) to `stage`.
    public func add(_ stage: String, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        if stages[stage] == nil { order.append(stage) }
        stages[stage, default: Stage(name: stage, seconds: 0, calls: 0)].seconds += seconds
        stages[stage]!.calls += 1
    }

    /// The stages in the order they were first timed.
    public var all: [Stage] {
        lock.lock(); defer { lock.unlock() }
        return order.compactMap { stages[$0] }
    }

    /// A table for people: each stage's seconds, share of the total and calls; with
    /// `megabytes` of input, the speed each stage alone would allow.
    public func report(megabytes: Double?) -> String {
        let stages = all
        let total = stages.reduce(0) { $0 + $1.seconds }
        var lines = ["stage\tseconds\tshare\tcalls" + (megabytes == nil ? "" : "\tMB/s alone")]
        for s in stages {
            var line = "\(s.name)\t\(String(format: "%.3f", s.seconds))\t\(String(format: "%.1f%%", total > 0 ? 100 * s.seconds / total : 0))\t\(s.calls)"
            if let megabytes { line += "\t" + (s.seconds > 0 ? String(format: "%.1f", megabytes / s.seconds) : "-") }
            lines.append(line)
        }
        lines.append("total\t\(String(format: "%.3f", total))\t100.0%\t-" + (megabytes.map { "\t" + (total > 0 ? String(format: "%.2f", $0 / total) : "-") } ?? ""))
        return lines.joined(separator: "\n") + "\n"
    }
}

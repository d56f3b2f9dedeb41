import EmendKit
import Foundation

/// `emend clean --jsonl`: JSON Lines on standard input, one output record per input line,
/// in input order, cleaned on `jobs` threads a batch at a time so memory stays bounded.
/// Threads take the batch's next record as they finish one (articles differ in length),
/// and a batch's output is written while the next batch is cleaned.
enum JSONLinesMode {
    static func run(pipeline: Pipeline, jobs: Int, progress: Progress?) -> Bool {
        var failed = false
        var number = 0
        let batchSize = max(256, jobs * 128)
        var batch: [(number: Int, line: Substring)] = []
        let writer = DispatchQueue(label: "emend.jsonl.writer")
        let writing = DispatchGroup()
        func flush() {
            let lines = batch
            let slots = Slots(count: lines.count)
            parallelFor(lines.count, jobs: jobs) { i in
                let (record, failedLine) = JSONLines.process(lines[i].line, number: lines[i].number, pipeline: pipeline)
                slots.set(i, record, failedLine)
            }
            // One line per bad record on standard error, as the record says it.
            for (i, bad) in slots.failed.enumerated() where bad {
                if var message = JSONLines.errorMessage(of: slots.results[i]) {
                    let prefix = "line \(lines[i].number)"
                    if message.hasPrefix(prefix) { message = "record" + message.dropFirst(prefix.count) }
                    printError("-:\(lines[i].number):1: error: " + message)
                }
            }
            let results = slots.results
            if slots.failed.contains(true) { failed = true }
            // At most one batch waits to be written: memory stays two batches.
            writing.wait()
            writer.async(group: writing) {
                var text = results.joined(separator: "\n")
                text += "\n"
                FileDescriptorOutput.write(text, to: 1)
            }
            progress?.advance(by: lines.count)
            batch.removeAll(keepingCapacity: true)
        }
        while let line = readLine(strippingNewline: true) {
            number += 1
            if line.isEmpty { continue }
            batch.append((number, Substring(line)))
            if batch.count >= batchSize { flush() }
        }
        if !batch.isEmpty { flush() }
        writing.wait()
        progress?.finish()
        return !failed
    }
}

/// A progress line on standard error, shown only on a terminal and never in a pipe.
final class Progress {
    private var done = 0
    private let total: Int?
    private let label: String

    init?(total: Int?, label: String) {
        guard isatty(2) != 0, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        self.total = total
        self.label = label
    }

    func advance(by n: Int = 1) {
        done += n
        if let total, total > 0 {
            let width = 30, filled = min(width, done * width / total)
            FileDescriptorOutput.write("\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total)", to: 2)
        } else {
            FileDescriptorOutput.write("\r\(label) \(done)", to: 2)
        }
    }

    func finish() { FileDescriptorOutput.write("\r\u{1B}[K", to: 2) }
}

/// Results of one batch; each thread writes its own slot.
private final class Slots: @unchecked Sendable {
    private(set) var results: [String]
    private(set) var failed: [Bool]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: "", count: count)
        failed = Array(repeating: false, count: count)
    }

    func set(_ i: Int, _ record: String, _ bad: Bool) {
        lock.lock(); defer { lock.unlock() }
        results[i] = record
        failed[i] = bad
    }
}

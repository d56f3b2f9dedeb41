import Foundation

/// Runs `body` for every index below `count` on up to `jobs` threads. Each thread takes the
/// next index when it finishes one, so one long article does not hold up a share of others.
func parallelFor(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    let next = NextIndex()
    DispatchQueue.concurrentPerform(iterations: min(max(jobs, 1), count)) { _ in
        while let i = next.take(below: count) { body(i) }
    }
}

/// The next index for whichever thread asks first.
private final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below count: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < count else { return nil }
        value += 1
        return value - 1
    }
}

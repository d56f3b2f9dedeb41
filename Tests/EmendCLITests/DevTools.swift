import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven through the Chrome DevTools Protocol over a pipe
/// (`--remote-debugging-pipe`: Chromium reads commands on its fd 3 and writes replies and
/// events on its fd 4, each a JSON object ended by a NUL byte), so a test clicks and types
/// with real input events, as a person does, without a WebSocket client.
final class DevTools {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private var pid: pid_t = 0
    private let commands: Int32, replies: Int32
    private var pending: [UInt8] = []
    private var nextID = 0
    /// Events received while waiting for replies, oldest first.
    private(set) var events: [[String: Any]] = []
    /// The session of the page the commands go to, once ``open(_:)`` attached it.
    private var session: String?

    /// Starts Chromium with a fresh profile in `profile` and an empty page.
    init(chromium: String, profile: String) throws {
        var toChromium: [Int32] = [0, 0], fromChromium: [Int32] = [0, 0]
        guard pipe(&toChromium) == 0, pipe(&fromChromium) == 0 else { throw Failure(description: "pipe: \(errno)") }
        for fd in toChromium + fromChromium { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // Chromium's ends go above 4 first, so that moving them to 3 and 4 never overwrites one with the other.
        let theirRead = fcntl(toChromium[0], F_DUPFD_CLOEXEC, 10), theirWrite = fcntl(fromChromium[1], F_DUPFD_CLOEXEC, 10)
        close(toChromium[0]); close(fromChromium[1])
        commands = toChromium[1]; replies = fromChromium[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, theirRead, 3)
        posix_spawn_file_actions_adddup2(&actions, theirWrite, 4)
        // Nothing else of the test process (other tests' pipes) stays open in Chromium: a
        // pipe it kept would keep another test waiting for its end.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in open where fd > 4 { posix_spawn_file_actions_addclose(&actions, fd) }
        let args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--remote-debugging-pipe", "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank"]
        let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, chromium, &actions, nil, argv, environ)
        close(theirRead); close(theirWrite)
        guard status == 0 else { close(commands); close(replies); throw Failure(description: "cannot start \(chromium): \(status)") }
    }

    deinit {
        close(commands)
        // Closing the pipe ends Chromium; it is killed if it lingers.
        for _ in 0..<50 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { close(replies); return }
            usleep(100_000)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(replies)
    }

    /// Sends a command and waits for its reply.
    /// - Parameter page: send it to the page's session rather than to the browser.
    /// - Returns: the reply's `result`.
    /// - Throws: ``Failure`` with the protocol's error, or when no reply comes in 30 seconds.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], page: Bool = true) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if page, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message)) + [0]
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(commands, $0.baseAddress! + offset, $0.count - offset) }
            guard n > 0 else { throw Failure(description: "cannot write to Chromium") }
            offset += n
        }
        let id = nextID
        let reply = try receive { $0["id"] as? Int == id }
        if let error = reply["error"] as? [String: Any] { throw Failure(description: "\(method): \(error["message"] ?? error)") }
        return reply["result"] as? [String: Any] ?? [:]
    }

    /// Waits for an event (already received, or to come) that `matches`.
    @discardableResult
    func wait(for method: String, timeout: Double = 30, where matches: ([String: Any]) -> Bool = { _ in true }) throws -> [String: Any] {
        if let i = events.firstIndex(where: { $0["method"] as? String == method && matches($0["params"] as? [String: Any] ?? [:]) }) {
            return events.remove(at: i)["params"] as? [String: Any] ?? [:]
        }
        let event = try receive(timeout: timeout) { $0["method"] as? String == method && matches($0["params"] as? [String: Any] ?? [:]) }
        return event["params"] as? [String: Any] ?? [:]
    }

    /// Reads messages until one `matches`, keeping the events that come before it.
    private func receive(timeout: Double = 30, _ matches: ([String: Any]) -> Bool) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = pending.firstIndex(of: 0) {
                let data = Data(pending[..<end])
                pending.removeSubrange(...end)
                guard let message = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                if matches(message) { return message }
                if message["method"] != nil { events.append(message) }
                continue
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure(description: "Chromium did not answer in \(Int(timeout)) s") }
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = read(replies, &buffer, buffer.count)
            guard n > 0 else { throw Failure(description: "Chromium closed the pipe") }
            pending += buffer[0..<n]
        }
    }

    /// Opens `url` in the page and waits until it has loaded.
    func open(_ url: String) throws {
        let targets = try send("Target.getTargets", page: false)["targetInfos"] as? [[String: Any]] ?? []
        guard let page = targets.first(where: { $0["type"] as? String == "page" })?["targetId"] as? String else {
            throw Failure(description: "Chromium has no page")
        }
        session = try send("Target.attachToTarget", ["targetId": page, "flatten": true], page: false)["sessionId"] as? String
        try send("Page.enable")
        try send("Page.navigate", ["url": url])
        try wait(for: "Page.loadEventFired")
    }

    /// The value of a JavaScript expression in the page (JSON-like values).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Clicks the middle of the element `selector` finds, as a mouse does (scrolled into
    /// view first, as a person scrolls to it).
    func click(_ selector: String) throws {
        let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [selector]), as: UTF8.self)
        guard let point = try evaluate("""
            (function () { var el = document.querySelector(\(quoted)[0]); if (!el) return null;
              el.scrollIntoView({ block: 'center' }); var r = el.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2]; })()
            """) as? [Double] else { throw Failure(description: "no element '\(selector)' to click") }
        for type in ["mouseMoved", "mousePressed", "mouseReleased"] {
            try send("Input.dispatchMouseEvent", ["type": type, "x": point[0], "y": point[1], "button": "left",
                                                  "buttons": type == "mousePressed" ? 1 : 0, "clickCount": type == "mouseMoved" ? 0 : 1])
        }
    }

    /// Presses and releases a key: a letter, or "Enter" or "Escape".
    func press(_ key: String) throws {
        let named: [String: (code: String, vk: Int, text: String?)] = ["Enter": ("Enter", 13, "\r"), "Escape": ("Escape", 27, nil)]
        let (code, vk, text) = named[key] ?? ("Key" + key.uppercased(), Int(key.uppercased().unicodeScalars.first!.value), key)
        var down: [String: Any] = ["type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk]
        if let text { down["text"] = text; down["unmodifiedText"] = text }
        try send("Input.dispatchKeyEvent", down)
        try send("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk])
    }

    /// Types text into the focused field, as a keyboard or input method does.
    func type(_ text: String) throws {
        try send("Input.insertText", ["text": text])
    }
}

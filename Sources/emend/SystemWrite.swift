#if canImport(Glibc)
import Glibc
#endif

/// The system's write(2), under a name that does not clash with Swift's.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    Glibc.write(fd, buffer, count)
}

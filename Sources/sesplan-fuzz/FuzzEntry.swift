import Foundation
import SESReports

// The fuzzing entry point for every input reader (see ``ReaderProbe``): the first byte of an input
// chooses the reader, the rest is the file. Built two ways:
// - with `-sanitize=fuzzer -D SESPLAN_LIBFUZZER` (scripts/fuzz): a libFuzzer target; a broken
//   contract stops it with the input saved;
// - normally: a replayer, `sesplan-fuzz FILE...`, that runs saved inputs (the corpus) once each.

#if SESPLAN_LIBFUZZER
/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if case .violation(let text) = ReaderProbe.run(fuzzInput: bytes) {
        fatalError("reader contract broken: \(text)")
    }
    return 0
}

/// libFuzzer's driver (the package manager names an executable's entry `sesplan_fuzz_main`, so
/// libFuzzer's own `main` is not the one that runs; this one hands over to the driver).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("sesplan_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
/// Replays saved fuzzing inputs: each file once, with the reader its first byte chooses.
@main
struct FuzzReplay {
    static func main() {
        let files = CommandLine.arguments.dropFirst().flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        var passed = 0, failed = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read"); failed += 1; continue
            }
            let start = ContinuousClock.now
            let outcome = ReaderProbe.run(fuzzInput: [UInt8](data))
            let elapsed = ContinuousClock.now - start
            if case .violation(let text) = outcome {
                print("\(file): \(text)"); failed += 1
            } else if elapsed > .seconds(10) {
                print("\(file): took \(elapsed)"); failed += 1
            } else {
                passed += 1
            }
        }
        print("\(passed) passed, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }
}
#endif

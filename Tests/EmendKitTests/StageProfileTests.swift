@testable import EmendKit
import Testing

/// `--profile`: each stage is timed where it runs, and keeping a profile changes nothing.
@Suite struct StageProfileTests {
    @Test func aPipelineTimesEachStageItRuns() {
        var pipeline = Fixtures.pipeline
        let profile = StageProfile()
        pipeline.profile = profile
        let text = "Talks on the Naka region resumed in Moscow.\nThe two sides met again on Monday.\n"
        let profiled = pipeline.clean(Article(source: "-", text: text))
        let plain = Fixtures.pipeline.clean(Article(source: "-", text: text))
        #expect(profiled.edition == plain.edition)
        #expect(profiled.log.edits == plain.log.edits)
        #expect(profiled.editionText.contains("Nagorno-Karabakh"))

        let stages = Dictionary(uniqueKeysWithValues: profile.all.map { ($0.name, $0) })
        // The first analysis, a second after the edit, and each rule at least once.
        #expect((stages["analysis"]?.calls ?? 0) >= 2)
        #expect(stages["names.dictionary"] != nil)
        #expect(stages["edits"] != nil)
        #expect(stages["change log"]?.calls == 1)
        for rule in Pipeline.standardRules where type(of: rule).languages?.contains("en") ?? true {
            #expect(stages[rule.description.identifier] != nil, "\(rule.description.identifier) was not timed")
        }
        #expect(profile.all.allSatisfy { $0.seconds >= 0 })
    }

    @Test func theReportGivesEachStageItsShare() {
        let profile = StageProfile()
        profile.add("analysis", seconds: 3)
        profile.add("analysis", seconds: 1)
        profile.add("output", seconds: 4)
        let lines = profile.report(megabytes: 8).split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines[0] == ["stage", "seconds", "share", "calls", "MB/s alone"])
        #expect(lines[1] == ["analysis", "4.000", "50.0%", "2", "2.0"])
        #expect(lines[2] == ["output", "4.000", "50.0%", "1", "2.0"])
        #expect(lines[3] == ["total", "8.000", "100.0%", "-", "1.00"])
    }
}

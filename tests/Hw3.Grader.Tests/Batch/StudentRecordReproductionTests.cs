using Hw3.Grader.Batch;
using Hw3.Grader.Grading;
using Hw3.Grader.Tests.Reporting;
using Newtonsoft.Json;

namespace Hw3.Grader.Tests.Batch;

public sealed class StudentRecordReproductionTests
{
    private static readonly ItemResult Failing = SampleReports.Partial with
    {
        Finding = new StudentFinding("Q1.ExpectedSignUpdateRmsSquared(4, 1)", "Q1.ExpectedSignUpdateRmsSquared(4, 1) returned 16", null, null),
    };

    [Fact]
    public void The_staff_record_carries_the_reproduction_line_on_the_path_that_was_graded()
    {
        var record = StudentRecord.From(SampleReports.Report(SampleReports.Passed, Failing), "alice", "1", "Alice", "a@x", "class/alice submission");

        record.SubmissionPath.Should().Be("class/alice submission");
        record.Items.Select(i => i.Reproduce).Should().Equal(null, "Reproduce: ./hw3 eval 'class/alice submission' 'Q1.ExpectedSignUpdateRmsSquared(4, 1)'");
        JsonConvert.SerializeObject(record).Should().Contain("\"reproduce\":\"Reproduce: ./hw3 eval 'class/alice submission'");
    }

    [Fact]
    public void A_submission_without_a_path_to_give_gets_no_reproduction_line()
    {
        var record = StudentRecord.From(SampleReports.Report(Failing), "dave", "2", "Dave", "d@x");

        record.Items.Should().OnlyContain(i => i.Reproduce == null);
        JsonConvert.SerializeObject(record).Should().NotContain("reproduce").And.NotContain("submission_path");
    }
}

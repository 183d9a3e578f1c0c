using Hw3.Grader.Autograder;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Tests.Autograder;

public sealed class AutograderGuardTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hw3-guard-");

    private string ResultsFile => Path.Combine(_folder.FullName, "results", "results.json");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_grader_that_throws_leaves_a_score_0_report_telling_the_student_to_contact_staff_and_the_error_for_staff()
    {
        var staff = new List<string>();

        var graded = await AutograderGuard.RunAsync(ResultsFile, staff.Add, () => throw new InvalidOperationException("references at /srv/secret went missing"));

        graded.Should().BeFalse();
        var text = await File.ReadAllTextAsync(ResultsFile);
        var results = JObject.Parse(text);
        results.Value<double>("score").Should().Be(0);
        results.Value<string>("output").Should().Be(GraderFailureReport.StudentSentence);
        results.Value<string>("stdout_visibility").Should().Be("hidden");
        text.Should().NotContain("/srv/secret", "the error is for staff only");
        string.Join("\n", staff).Should().Contain("references at /srv/secret went missing");
    }

    [Fact]
    public async Task A_grade_is_written_as_it_came()
    {
        (await AutograderGuard.RunAsync(ResultsFile, _ => { }, () => Task.FromResult("{\"score\": 1}\n"))).Should().BeTrue();
        (await File.ReadAllTextAsync(ResultsFile)).Should().Be("{\"score\": 1}\n");
    }

    [Fact]
    public void An_upload_without_csharp_names_what_was_expected_and_what_was_found()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "answers.py"), "print(1)");

        var source = AutograderSubmission.Load(_folder.FullName);

        source.Files.Should().BeEmpty();
        source.Problems[0].Should().Be("Your upload holds no C# source (found answers.py): " + AutograderSubmission.Expected);
        AutograderSubmission.Load(Path.Combine(_folder.FullName, "absent")).Problems.Should().ContainSingle().Which.Should().StartWith("Your upload holds no files");
    }
}

using Hw3.Grader.Autograder;

namespace Hw3.Grader.Tests.Autograder;

public sealed class MetadataReaderTests
{
    private const string Gradescope = """
        {
          "id": 123456,
          "created_at": "2018-07-01T14:22:32.365935-07:00",
          "assignment": {
            "due_date": "2018-07-31T23:00:00.000000-07:00",
            "group_size": 4,
            "group_submission": true,
            "id": 25828,
            "course_id": 1234,
            "late_due_date": null,
            "release_date": "2018-07-02T00:00:00.000000-07:00",
            "title": "Programming Assignment 1",
            "total_points": "20.0"
          },
          "submission_method": "upload",
          "users": [
            { "email": "student@example.com", "id": 1234, "name": "Student User" },
            { "email": "partner@example.com", "id": 5678, "name": "Partner User" }
          ],
          "previous_submissions": [
            { "submission_time": "2017-04-06T14:24:48.087023-07:00", "score": 0.0, "results": { "score": 0 } }
          ]
        }
        """;

    [Fact]
    public void Gradescopes_example_is_read_with_its_due_date_points_users_and_previous_submissions()
    {
        var read = MetadataReader.Parse(Gradescope, "submission_metadata.json");

        read.Problem.Should().BeNull();
        var metadata = read.Metadata!;
        metadata.DueDate.Should().Be(new DateTimeOffset(2018, 7, 31, 23, 0, 0, TimeSpan.FromHours(-7)));
        metadata.LateDueDate.Should().BeNull();
        metadata.TotalPoints.Should().Be(20.0);
        metadata.SubmissionId.Should().Be(123456);
        metadata.Users.Select(u => u.Email).Should().Equal("student@example.com", "partner@example.com");
        metadata.Users[0].Id.Should().Be("1234");
        metadata.PreviousSubmissions.Should().Be(1);
    }

    [Fact]
    public void A_malformed_due_date_is_named_with_its_path_and_line()
    {
        var read = MetadataReader.Parse("{\n \"assignment\": {\n  \"due_date\": \"next Friday\"\n }\n}", "submission_metadata.json");

        read.Metadata.Should().BeNull();
        read.Problem.Should().Be("submission_metadata.json assignment.due_date (line 3): expected a date such as \"2026-12-01T23:59:00-08:00\", found \"next Friday\"");
    }

    [Fact]
    public void Text_that_is_not_json_is_named_with_its_line()
    {
        MetadataReader.Parse("{\n\n oops", "submission_metadata.json").Problem.Should().StartWith("submission_metadata.json (line 3): not JSON");
    }

    [Fact]
    public void A_missing_file_says_no_due_date_is_known()
    {
        MetadataReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "submission_metadata.json")).Problem
            .Should().Contain("does not exist, so no due date is known");
    }
}

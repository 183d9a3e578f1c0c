using System.Globalization;

namespace Hw3.Scenarios.Tests.Container;

/// <summary>A submission_metadata.json as Gradescope writes it, with the due date given.</summary>
public static class Metadata
{
    public static string DueOn(DateTimeOffset due) => $$"""
        {
          "id": 123456,
          "created_at": "2026-12-01T14:22:32.365935-07:00",
          "assignment": {
            "due_date": "{{due.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture)}}",
            "group_size": null,
            "group_submission": false,
            "id": 25828,
            "course_id": 1234,
            "late_due_date": null,
            "release_date": "2026-11-01T00:00:00.000000-07:00",
            "title": "Homework 3",
            "total_points": "49.5"
          },
          "submission_method": "upload",
          "users": [{ "email": "student@example.com", "id": 1234, "name": "Student User" }],
          "previous_submissions": []
        }
        """;
}

using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Layering;

/// <summary>
/// The grader's namespaces depend on one another one way, with no cycle anywhere: a rubric knows no check kind, the
/// grading pipeline knows no check kind, each kind depends on the rubric, the catalogs and the report model, never the
/// other way round, and a batch uses the report exporters while they know nothing of a batch.
/// </summary>
public sealed class NamespaceDependencyTests
{
    /// <summary>The namespaces of the report and check model (issue 16).</summary>
    private static readonly string[] Layered = ["AnswerApi", "Checks", "Grading", "References", "Rubrics"];

    private static readonly Lazy<NamespaceGraph> Grader = new(() =>
        NamespaceGraph.Read(typeof(Rubric).Assembly.Location, "Hw3.Grader"));

    [Fact]
    public void No_two_namespaces_of_the_grader_lie_on_one_cycle()
    {
        var cycles = Grader.Value.Cycles();

        cycles.Should().BeEmpty(string.Join("\n", cycles.Select(Explain)));
    }

    [Fact]
    public void Reporting_and_batch_depend_one_way()
    {
        Grader.Value.DependsOn("Reporting", "Batch").Should().BeFalse(Witness("Reporting", "Batch"));
    }

    [Fact]
    public void The_rubric_loader_knows_no_check_kind()
    {
        Grader.Value.DependsOn("Rubrics", "Checks").Should().BeFalse(Witness("Rubrics", "Checks"));
        Grader.Value.DependsOn("Grading", "Checks").Should().BeFalse(Witness("Grading", "Checks"));
    }

    [Fact]
    public void The_student_printer_depends_on_the_report_model_alone()
    {
        // The student kit reuses Reporting/Student in a checker that carries no answers: no check, reference or rubric may come with it.
        var graph = NamespaceGraph.Read(typeof(Rubric).Assembly.Location, "Hw3.Grader", depth: 2);

        graph.Nodes.Should().Contain("Reporting.Student");
        foreach (var other in graph.Nodes.Where(n => n is not ("Reporting.Student" or "Grading")))
        {
            graph.DependsOn("Reporting.Student", other).Should().BeFalse(graph.DependsOn("Reporting.Student", other) ? graph.Witness("Reporting.Student", other) : "");
        }
    }

    [Fact]
    public void A_dependency_made_only_inside_a_lambda_is_seen()
    {
        // GraderServices.CreateSession names CheckKinds and CheckContext only inside the lambda it hands the session.
        Grader.Value.DependsOn("Cli", "Checks").Should().BeTrue();
        Grader.Value.Nodes.Should().Contain(Layered);
    }

    [Fact]
    public void A_cycle_through_a_third_namespace_is_found()
    {
        var graph = new NamespaceGraph([("Checks", "Grading", "a"), ("Grading", "Batch", "b"), ("Batch", "Checks", "c"), ("Cli", "Checks", "d")]);

        graph.Cycles().Should().ContainSingle().Which.Should().Equal("Batch", "Checks", "Grading");
    }

    private static string Explain(IReadOnlyList<string> cycle) =>
        "cycle among " + string.Join(", ", cycle) + ": " + string.Join("; ",
            from a in cycle from b in cycle where Grader.Value.DependsOn(a, b) select Grader.Value.Witness(a, b));

    private static string Witness(string from, string to) =>
        Grader.Value.DependsOn(from, to) ? Grader.Value.Witness(from, to) : "";
}

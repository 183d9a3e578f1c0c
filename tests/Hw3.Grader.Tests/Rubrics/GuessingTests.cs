using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Rubrics;

public sealed class GuessingTests
{
    private const string Boolean =
        """{ "id": "b", "title": "Item b", "points": 1, "kind": "boolean", "members": ["Q2.OptimalAdamLearningRateShrinksWithWidth"] }""";

    private static string Choice(int choices, string visibility = "visible") =>
        $$"""{ "id": "c", "title": "Item c", "points": 1, "kind": "choice", "visibility": "{{visibility}}", "members": ["Q2.ActivationChangeGrowsWith"], "choices": { {{string.Join(", ", Enumerable.Range(1, choices).Select(i => $"\"option-{i}\": []"))}} } }""";

    [Fact]
    public void A_visible_boolean_item_loads_with_a_warning_naming_its_path_line_and_id_and_reveals_nothing_before_the_due_date()
    {
        var result = RubricJson.Load(RubricJson.WithItems(RubricJson.GridItem(), Boolean));

        result.Success.Should().BeTrue();
        result.Warnings.Should().ContainSingle().Which.ToString().Should()
            .StartWith("$.items[1] (line 6): b: each of its members has only 2 possible answers")
            .And.Contain("\"visibility\": \"after_due_date\"");
        var rubric = result.Should().BeOfType<RubricLoadResult.Loaded>().Subject.Rubric;
        var item = rubric.Items[1];
        StudentVisibility.Of(item).Should().Be(Visibility.AfterDueDate);
        StudentVisibility.BeforeDueDate(item).Should().BeFalse();
        StudentVisibility.BeforeDueDate(rubric.Items[0]).Should().BeTrue("a grid item has numbers for answers");
    }

    [Fact]
    public void A_guessable_item_the_rubric_already_shows_after_the_due_date_gives_no_warning()
    {
        var result = RubricJson.Load(RubricJson.WithItems(Choice(3, "after_due_date")));

        result.Warnings.Should().BeEmpty();
        StudentVisibility.Of(result.Should().BeOfType<RubricLoadResult.Loaded>().Subject.Rubric.Items[0]).Should().Be(Visibility.AfterDueDate);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(Guessing.FewAnswers, true)]
    [InlineData(Guessing.FewAnswers + 1, false)]
    public void A_choice_is_guessable_up_to_the_one_limit_of_few_answers(int choices, bool guessable)
    {
        var item = RubricJson.Loaded(RubricJson.WithItems(Choice(choices))).Items[0];

        Guessing.IsGuessable(item).Should().Be(guessable);
        StudentVisibility.Of(item).Should().Be(guessable ? Visibility.AfterDueDate : Visibility.Visible);
    }

    [Fact]
    public void The_real_rubric_loads_without_warnings_and_shows_no_guessable_item_before_the_due_date()
    {
        var real = Hw3.Grader.Cli.GraderServices.LoadRubric(Repository.Rubric);

        real.Warnings.Should().BeEmpty();
        var rubric = real.Should().BeOfType<RubricLoadResult.Loaded>().Subject.Rubric;
        rubric.Items.Where(Guessing.IsGuessable).Select(i => i.Id).Should().Equal("q2a.growth", "q2b.norm", "q2e.trends", "q3a.trends");
        rubric.Items.Where(Guessing.IsGuessable).Should().OnlyContain(i => i.Visibility == Visibility.AfterDueDate);
    }
}

using Hw3.Grader.Protocol.Values;
using Hw3.TestFunctions;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class ValueRoundTripTests(ValueSubmissionFixture fixture) : IClassFixture<ValueSubmissionFixture>
{
    private async Task<WireValue> ReturnedAsync(Hw3.Grader.Execution.MemberCall call)
    {
        var outcome = await fixture.Session.Call(call);
        outcome.Status.Should().Be(CallStatus.Returned, outcome.Message);
        return outcome.Value!;
    }

    [Fact]
    public async Task A_double_goes_in_and_comes_back()
    {
        var value = await ReturnedAsync(Method("Values", "Twice", ("double", WireValue.Of(1.25))));
        value.Should().Be(WireValue.Of(2.5));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.1)]
    [InlineData(double.Epsilon)]
    public async Task Special_and_awkward_doubles_survive_the_round_trip(double number)
    {
        var value = await ReturnedAsync(Method("Values", "Same", ("double", WireValue.Of(number))));
        value.Kind.Should().Be(WireKind.Double);
        value.Number!.Value.Should().Be(number);
    }

    [Fact]
    public async Task Ints_longs_bools_and_strings_round_trip()
    {
        (await ReturnedAsync(Method("Values", "Add", ("int", WireValue.Of(16)), ("int", WireValue.Of(4))))).Should().Be(WireValue.Of(20));
        (await ReturnedAsync(Method("Values", "Widen", ("long", WireValue.Of(3_000_000_000L))))).Should().Be(WireValue.Of(9_000_000_000L));
        (await ReturnedAsync(Method("Values", "Not", ("bool", WireValue.Of(false))))).Should().Be(WireValue.Of(true));
        (await ReturnedAsync(Method("Values", "Exclaim", ("string", WireValue.Of("μP \"σ²\""))))).Should().Be(WireValue.Of("μP \"σ²\"!"));
    }

    [Fact]
    public async Task A_double_array_round_trips()
    {
        var value = await ReturnedAsync(Method("Values", "Reversed", ("double[]", WireValue.Of([1.0, double.NaN, 3.5]))));
        value.Kind.Should().Be(WireKind.DoubleArray);
        value.Numbers.Should().Equal([3.5, double.NaN, 1.0]);
    }

    [Fact]
    public async Task A_test_function_and_its_gradient_compute_what_the_catalog_computes()
    {
        var spec = TestFunctionCatalog.Quadratic([1.0, 2.0], [0.5, -1.0]);
        var x = new[] { 0.3, -0.7 };
        var expected = TestFunctionCatalog.Create(spec);

        var value = await ReturnedAsync(Method("Values", "Apply",
            ("Func<double[], double>", WireValue.OfFunction(spec)), ("double[]", WireValue.Of(x))));
        var gradient = await ReturnedAsync(Method("Values", "ApplyGradient",
            ("Func<double[],double[]>", WireValue.OfGradient(spec)), ("double[]", WireValue.Of(x))));

        value.Number.Should().Be(expected.Value(x));
        gradient.Numbers.Should().Equal(expected.Gradient(x));
    }

    [Fact]
    public async Task A_seeded_random_gives_the_same_stream_as_new_Random_with_that_seed()
    {
        var reference = new Random(1234);
        var expected = Enumerable.Range(0, 5).Select(_ => reference.NextDouble()).ToArray();

        var value = await ReturnedAsync(Method("Values", "Draw", ("Random", WireValue.OfRandom(1234)), ("int", WireValue.Of(5))));

        value.Numbers.Should().Equal(expected);
    }

    [Fact]
    public async Task Properties_constants_static_fields_and_parameterless_methods_are_read_without_parameter_types()
    {
        (await ReturnedAsync(Value("Values", "Pi"))).Should().Be(WireValue.Of(Math.PI));
        (await ReturnedAsync(Value("Values", "Answer"))).Should().Be(WireValue.Of(42));
        (await ReturnedAsync(Value("Values", "Greeting"))).Should().Be(WireValue.Of("hello"));
        (await ReturnedAsync(Value("Values", "Parameterless"))).Should().Be(WireValue.Of("called"));
    }

    [Fact]
    public async Task Sequences_of_numbers_of_any_kind_come_back_as_double_arrays()
    {
        (await ReturnedAsync(Method("Values", "Counting", ("int", WireValue.Of(3))))).Numbers.Should().Equal([0.0, 1.0, 2.0]);
        (await ReturnedAsync(Method("Values", "Ints"))).Numbers.Should().Equal([1.0, 2.0, 3.0]);
        (await ReturnedAsync(Method("Values", "Floats"))).Numbers.Should().Equal([1.5, -2.25]);
        (await ReturnedAsync(Method("Values", "Vector"))).Numbers.Should().Equal([3.0, 4.0]);
        (await ReturnedAsync(Method("Values", "Money"))).Should().Be(WireValue.Of(1.25));
    }

    [Fact]
    public async Task Null_comes_back_as_null()
    {
        (await ReturnedAsync(Method("Values", "Nothing"))).Kind.Should().Be(WireKind.Null);
    }

    [Fact]
    public async Task A_value_the_grader_cannot_read_is_an_unsupported_return_naming_its_type()
    {
        var opaque = await fixture.Session.Call(Method("Values", "Opaque"));
        var table = await fixture.Session.Call(Method("Values", "Table"));

        opaque.Status.Should().Be(CallStatus.UnsupportedReturn);
        opaque.Message.Should().Contain("object");
        table.Status.Should().Be(CallStatus.UnsupportedReturn);
        table.Message.Should().Contain("Dictionary<string, double>");
    }

    [Fact]
    public async Task An_array_longer_than_the_grader_reads_is_too_large_and_says_how_long_it_was()
    {
        var million = await fixture.Session.Call(Method("Values", "Million"));
        var endless = await fixture.Session.Call(Method("Values", "Endless"));

        million.Status.Should().Be(CallStatus.TooLarge);
        million.Message.Should().Be("returned an array of 1,000,000 numbers; the grader reads at most 4,096 (one per dimension is expected)");
        endless.Status.Should().Be(CallStatus.TooLarge, "an endless sequence is read no further than the cap");
        endless.Message.Should().StartWith("returned more than 4,096 numbers");
    }

    [Fact]
    public async Task A_string_longer_than_the_grader_keeps_comes_back_cut_with_the_cut_marked()
    {
        var essay = await ReturnedAsync(Method("Values", "Essay"));

        essay.Text!.Length.Should().BeLessThanOrEqualTo(Hw3.Grader.Protocol.Limits.AnswerLimits.MaxTextChars);
        var kept = essay.Text.TakeWhile(c => c == 'w').Count();
        essay.Text.Should().Be(new string('w', kept) + $"… [{1_000_000 - kept:N0} more characters cut]");
    }

    [Fact]
    public async Task A_test_function_gives_student_code_neither_its_name_nor_a_path_nor_a_grader_frame()
    {
        var spec = TestFunctionCatalog.Quadratic([1.0, 2.0], [0.5, -1.0]);

        var seen = (await ReturnedAsync(Method("Values", "Peek",
            ("Func<double[], double>", WireValue.OfFunction(spec)), ("Func<double[], double[]>", WireValue.OfGradient(spec))))).Text!;

        seen.Should().Contain("ArgumentException: the test function takes an array of 2 numbers; it was called with 99");
        seen.Should().Contain("ArgumentNullException: the test function was called with null instead of an array");
        seen.Should().NotContainAny(["quadratic", "Quadratic", "TestFunctions", "f(x) =", ".cs:line", "/_/", "/work/", "OpaqueFunctions.Checked", "<Value>", "<Gradient>"]);
        seen.Should().Contain("at Values.Peek(", "the student's own frame is the trace");
    }

    [Fact]
    public void No_debug_symbols_lie_beside_the_runner()
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(Hw3.Grader.Execution.ToolLocator.RunnerAssembly)!);
        // The build output, with ready-to-run/ inside it: both are searched.
        var build = folder.Name == Hw3.Grader.Execution.ToolLocator.ReadyToRunFolder ? folder.Parent!.FullName : folder.FullName;

        Directory.EnumerateFiles(build, "*.pdb", SearchOption.AllDirectories).Should().BeEmpty();
        File.Exists(Path.Combine(folder.FullName, "Hw3.TestFunctions.dll")).Should().BeTrue("the folder searched is the runner's");
    }
}

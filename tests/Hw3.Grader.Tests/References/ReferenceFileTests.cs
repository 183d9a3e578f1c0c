using System.Text;
using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References;
using Hw3.Grader.References.Precomputed;
using Hw3.ReferenceSolutions.Q2.Experiments;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Tests.References;

/// <summary>
/// The precomputed reference file: what goes in comes out equal, and a file made for another rubric or grader build,
/// changed after it was made, or not a reference file at all is refused whole, without a value of it taken.
/// </summary>
public sealed class ReferenceFileTests : IDisposable
{
    private static readonly ReferenceFileTarget Target = new(new string('a', 64), new string('b', 64), "1.0.0");

    private static readonly MemberCall InitScale = new("Q1", "InitScale", ["int", "int"], [WireValue.Of(16), WireValue.Of(4)]);

    private static readonly CoordinateCheckResult Coordinates = new(
        [new CoordinateCheckPoint(64, new LayerShape(1, LayerKind.Hidden, 64, 64), 0.125, double.NaN)],
        [new LayerSlope(1, LayerKind.Hidden, -0.01, double.PositiveInfinity)]);

    private static readonly EstimatorExpectation Expectation = new([1.5, -2.25e-300], [double.NegativeInfinity, 0.1 + 0.2]);

    private readonly string _folder = Directory.CreateTempSubdirectory("hw3-references-").FullName;

    private string File1 => Path.Combine(_folder, "hw3.references");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>One store of each shape a file carries: formula values, records with lists, NaN and infinities.</summary>
    private static (ReferenceCatalog Formulas, ComputedOnce<CoordinateCheckResult> Coordinates, ComputedOnce<EstimatorExpectation> Expectations) Stores() =>
        (new ReferenceCatalog(), new ComputedOnce<CoordinateCheckResult>("coordinate-checks"), new ComputedOnce<EstimatorExpectation>("estimator-expectations"));

    private static IReadOnlyList<IReferenceStore> All((ReferenceCatalog A, ComputedOnce<CoordinateCheckResult> B, ComputedOnce<EstimatorExpectation> C) stores) =>
        [stores.A, stores.B, stores.C];

    private int WriteComputed()
    {
        var stores = Stores();
        stores.Formulas.Evaluate("Q1.InitScale", InitScale);
        stores.Coordinates.Get(["rule"], () => Coordinates);
        stores.Expectations.Get(["case"], () => Expectation);
        return ReferenceFile.Write(File1, All(stores), Target);
    }

    [Fact]
    public void What_was_computed_is_read_back_equal_into_fresh_stores_without_computing_it_again()
    {
        WriteComputed().Should().Be(3);
        var fresh = Stores();

        var load = ReferenceFile.Read(File1, All(fresh), Target);

        load.TryGet(out var entries, out var reason).Should().BeTrue(reason);
        entries.Should().Be(3);
        fresh.Coordinates.Get(["rule"], () => throw new InvalidOperationException("computed again")).Should().BeEquivalentTo(Coordinates);
        fresh.Expectations.Get(["case"], () => throw new InvalidOperationException("computed again")).Should().BeEquivalentTo(Expectation);
        fresh.Coordinates.Runs.Should().Be(0);
        fresh.Formulas.Evaluate("Q1.InitScale", InitScale).Should().Be(new ReferenceCatalog().Evaluate("Q1.InitScale", InitScale));
    }

    [Fact]
    public void The_same_values_always_make_the_same_file()
    {
        WriteComputed();
        var first = File.ReadAllBytes(File1);
        WriteComputed();

        File.ReadAllBytes(File1).Should().Equal(first);
    }

    [Fact]
    public void A_file_made_for_another_rubric_is_refused()
    {
        WriteComputed();

        ReadIntoFreshStores(Target with { RubricSha256 = new string('c', 64) }).Should().StartWith("it was made for another rubric (SHA-256 aaaaaaaaaaaa; this rubric's is cccccccccccc)");
    }

    [Fact]
    public void A_file_made_by_another_grader_build_is_refused_naming_both_versions()
    {
        WriteComputed();

        ReadIntoFreshStores(Target with { GraderBuild = new string('d', 64), GraderVersion = "1.0.1" })
            .Should().Be("it was made by another grader build (version 1.0.0, build bbbbbbbbbbbb; this grader is version 1.0.1, build dddddddddddd)");
    }

    [Fact]
    public void A_value_changed_after_the_file_was_made_is_caught_by_the_seal()
    {
        WriteComputed();
        var text = File.ReadAllText(File1);
        File.WriteAllText(File1, text.Replace("0.125", "0.126", StringComparison.Ordinal));

        ReadIntoFreshStores(Target).Should().Be("its content does not match its seal: it was changed after it was made");
    }

    [Fact]
    public void A_header_changed_to_claim_this_rubric_is_caught_by_the_seal()
    {
        WriteComputed();
        var text = File.ReadAllText(File1);
        File.WriteAllText(File1, text.Replace(new string('a', 64), new string('e', 64), StringComparison.Ordinal));

        ReadIntoFreshStores(Target with { RubricSha256 = new string('e', 64) }).Should().Be("its content does not match its seal: it was changed after it was made");
    }

    [Fact]
    public void Entries_that_are_sealed_but_cannot_be_read_are_refused_and_none_is_taken()
    {
        // Sealed as the grader would seal it, so only reading the entries can find what is wrong: the first section is
        // good, the second is not; the good one must not be taken either.
        WriteSealed("""{"coordinate-checks":{"k":{"Points":[],"Slopes":[]}},"estimator-expectations":{"case":"not an expectation"}}""", entries: 2);
        var fresh = Stores();

        ReferenceFile.Read(File1, All(fresh), Target).TryGet(out _, out var reason).Should().BeFalse();

        reason.Should().StartWith("its entries cannot be read: ");
        fresh.Coordinates.Get(["k"], () => Coordinates).Should().BeSameAs(Coordinates);
        fresh.Coordinates.Runs.Should().Be(1);
    }

    [Fact]
    public void A_sealed_entry_naming_no_formula_of_the_catalog_is_refused()
    {
        WriteSealed("""{"reference-formulas":{"Q9.NoSuchFormula Q9.NoSuchFormula()":{"Kind":"Double","Number":1.0}}}""", entries: 1);

        ReadIntoFreshStores(Target).Should().Be("its entries cannot be read: reference-formulas: the entry 'Q9.NoSuchFormula Q9.NoSuchFormula()' names no formula of this catalog");
    }

    [Fact]
    public void A_file_whose_header_miscounts_its_entries_is_refused()
    {
        WriteSealed("""{"coordinate-checks":{"k":{"Points":[],"Slopes":[]}}}""", entries: 5);

        ReadIntoFreshStores(Target).Should().Be("its header counts 5 entries, where this grader read 1");
    }

    [Theory]
    [InlineData("not json at all\n{}", "it is not a reference file: its first line is not a reference file's header")]
    [InlineData("{\"format\":\"hw3-references/1\"}", "it is not a reference file: its first line is not a reference file's header")]
    [InlineData("{\"format\":\"hw3-references/9\",\"rubric_sha256\":\"a\",\"grader_build\":\"b\",\"grader_version\":\"1\",\"entries\":0,\"seal\":\"s\"}\n{}",
        "it is in format 'hw3-references/9', and this grader reads 'hw3-references/1'")]
    [InlineData("", "it is empty or not a regular file")]
    public void A_file_that_is_not_a_reference_file_is_refused_saying_why(string content, string expected)
    {
        File.WriteAllText(File1, content);

        ReadIntoFreshStores(Target).Should().Be(expected);
    }

    [Fact]
    public void A_missing_file_a_folder_and_a_device_are_refused_without_being_read()
    {
        ReadIntoFreshStores(Target, Path.Combine(_folder, "missing.references")).Should().Be("there is no such file");
        ReadIntoFreshStores(Target, _folder).Should().Be("it is a folder, not a file");
        if (OperatingSystem.IsLinux())
        {
            ReadIntoFreshStores(Target, "/dev/zero").Should().Be("it is empty or not a regular file");
        }
    }

    [Fact]
    public void A_formula_name_holding_a_space_is_refused_when_the_catalog_is_made()
    {
        var make = () => new FormulaCatalog("x", new Dictionary<string, Func<CallArguments, WireValue>> { ["Q1.Init Scale"] = _ => WireValue.Null });

        make.Should().Throw<ArgumentException>().WithMessage("*hold no space: 'Q1.Init Scale'*");
    }

    /// <summary>The reason a file is refused, after checking that the stores it was read into took nothing.</summary>
    private string ReadIntoFreshStores(ReferenceFileTarget target, string? path = null)
    {
        var fresh = Stores();
        var load = ReferenceFile.Read(path ?? File1, All(fresh), target);
        load.TryGet(out var entries, out var reason).Should().BeFalse();
        entries.Should().Be(0);
        fresh.Expectations.Get(["case"], () => Expectation);
        fresh.Expectations.Runs.Should().Be(1, "a refused file puts nothing into the stores");
        return reason!;
    }

    /// <summary>A body sealed as the grader seals one, whatever it holds.</summary>
    private void WriteSealed(string body, int entries)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var header = new ReferenceFileHeader(ReferenceFileHeader.CurrentFormat, Target.RubricSha256, Target.GraderBuild, Target.GraderVersion, entries, "");
        header = header with { Seal = header.SealOver(bytes) };
        File.WriteAllText(File1, Newtonsoft.Json.JsonConvert.SerializeObject(header) + "\n" + body);
    }
}

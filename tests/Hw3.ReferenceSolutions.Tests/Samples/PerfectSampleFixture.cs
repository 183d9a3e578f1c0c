namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>The perfect sample submission, compiled and loaded.</summary>
public sealed class PerfectSampleFixture() : CompiledSubmissionFixture(SampleSources.CSharpFiles("perfect"));

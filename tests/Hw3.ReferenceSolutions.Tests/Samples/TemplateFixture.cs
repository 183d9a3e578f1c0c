namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>The student template, Submissions/template/Hw3.cs, compiled and loaded.</summary>
public sealed class TemplateFixture() : CompiledSubmissionFixture([SampleSources.TemplateFile]);

using System.Reflection;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class TemplateTests(TemplateFixture template) : IClassFixture<TemplateFixture>
{
    [Fact]
    public void The_template_compiles_without_errors()
    {
        template.Outcome.Succeeded.Should().BeTrue(template.Outcome.Describe());
    }

    [Theory]
    [MemberData(nameof(AnswerApiMembers.Ids), MemberType = typeof(AnswerApiMembers))]
    public void Every_template_member_has_the_answer_api_signature(string id)
    {
        var member = AnswerApiMembers.Get(id);
        var type = template.Submission.AnswerType(member.TypeName);
        type.Namespace.Should().BeNull("answer classes live in the global namespace");
        (type.IsPublic && type.IsAbstract && type.IsSealed).Should().BeTrue($"{type.Name} must be a public static class");

        var returned = member.IsProperty
            ? template.Submission.FindProperty(member)?.PropertyType
            : template.Submission.FindMethod(member)?.ReturnType;
        returned.Should().Be(member.ReturnType, $"{id} must exist with the API's parameter and return types");
    }

    [Theory]
    [MemberData(nameof(AnswerApiMembers.Ids), MemberType = typeof(AnswerApiMembers))]
    public void Every_template_member_throws_NotImplementedException(string id)
    {
        var member = AnswerApiMembers.Get(id);
        var call = () => template.Submission.Invoke(member, member.ExampleArguments());
        call.Should().Throw<NotImplementedException>();
    }

    [Fact]
    public void The_template_defines_no_public_member_outside_the_answer_api()
    {
        var api = AnswerApiMembers.All.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var defined = AnswerApiMembers.All.Select(m => m.TypeName).Distinct()
            .Select(template.Submission.AnswerType)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo)
                .Select(m => $"{t.Name}.{m.Name}"));
        defined.Should().BeSubsetOf(api);
    }

    [Fact]
    public void The_template_sample_is_an_exact_copy_of_the_student_template()
    {
        var sample = Path.Combine(SampleSources.SampleFolder("template"), "Hw3.cs");
        File.ReadAllBytes(sample).Should().Equal(File.ReadAllBytes(SampleSources.TemplateFile));
    }
}

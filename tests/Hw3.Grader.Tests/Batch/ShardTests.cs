using Hw3.Grader.Batch.Sharding;

namespace Hw3.Grader.Tests.Batch;

public sealed class ShardTests
{
    private static readonly IReadOnlyList<string> Students = Enumerable.Range(0, 3000).Select(i => "S" + (1_000_000 + (i * 7919))).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public void The_shards_of_one_count_hold_every_student_exactly_once_and_about_evenly(int count)
    {
        var shards = Enumerable.Range(1, count).Select(k => new Shard(k, count)).ToList();

        Students.Should().OnlyContain(id => shards.Count(s => s.Holds(id)) == 1);
        foreach (var shard in shards)
        {
            Students.Count(shard.Holds).Should().BeInRange((int)(Students.Count / count * 0.8), (int)Math.Ceiling(Students.Count / (double)count * 1.2));
        }
    }

    [Fact]
    public void A_students_shard_depends_on_their_id_alone_so_it_stays_put_when_others_join_or_leave()
    {
        var shard = new Shard(2, 5);
        var before = Students.Where(shard.Holds).ToHashSet();
        var after = Students.Skip(100).Concat(["new-1", "new-2", "new-3"]).Where(shard.Holds).ToHashSet();

        before.Except(after).Should().BeSubsetOf(Students.Take(100), "only students who left are gone");
        after.Except(before).Should().BeSubsetOf(["new-1", "new-2", "new-3"], "only students who joined are new");
    }

    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData("1/1", 1, 1)]
    public void K_of_N_is_read(string text, int index, int count) =>
        Shard.Parse(text, out _).Should().Be(new Shard(index, count));

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    public void Anything_else_is_refused_with_an_example(string text)
    {
        Shard.Parse(text, out var error).Should().BeNull();
        error.Should().Contain("--shard expects K/N").And.Contain("--shard 2/3").And.Contain(text);
    }
}

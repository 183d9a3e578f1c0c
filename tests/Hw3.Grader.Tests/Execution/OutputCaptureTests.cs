using System.Text;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Tests.Execution;

public sealed class OutputCaptureTests
{
    [Fact]
    public void Bytes_beyond_the_cap_are_counted_not_kept()
    {
        var capture = new OutputCapture(10);
        var chunk = Encoding.UTF8.GetBytes("0123456");

        capture.Append(chunk, chunk.Length);
        capture.Append(chunk, chunk.Length);
        capture.Append(chunk, 3);

        capture.Snapshot().Should().Be(new CapturedOutput("0123456012", 7));
    }
}

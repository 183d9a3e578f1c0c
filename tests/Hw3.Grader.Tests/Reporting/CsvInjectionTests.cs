using Hw3.Grader.Reporting.Csv;

namespace Hw3.Grader.Tests.Reporting;

public sealed class CsvInjectionTests
{
    private static string Row(params string[] cells)
    {
        using var text = new StringWriter();
        using (var csv = new SafeCsvWriter(text))
        {
            foreach (var cell in cells)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }

        return text.ToString().TrimEnd('\n');
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_escaped(string cell, string written)
    {
        Row(cell).Should().Be(written);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("-0.5")]
    [InlineData("0")]
    [InlineData("plain text, with a comma")]
    public void Numbers_stay_numbers_and_plain_text_is_untouched(string cell)
    {
        Row(cell).Should().Be(cell.Contains(',', StringComparison.Ordinal) ? "\"" + cell + "\"" : cell);
    }

    [Theory]
    [InlineData("\u001b[2J\u001b]52;c;ZXZpbA==\u0007answer", "␛[2J␛]52;c;ZXZpbA==␇answer")]
    [InlineData("\r=1", "␍=1")]
    [InlineData("\u009b31m red", "\ufffd31m red")]
    public void Control_characters_in_a_cell_are_made_visible_so_that_printing_the_file_is_safe(string cell, string written)
    {
        Row(cell).Should().Be(written);
    }

    [Fact]
    public void A_free_text_answer_keeps_its_lines_whatever_their_line_ends()
    {
        Row("first line\r\nsecond line").Should().Be("\"first line\nsecond line\"");
    }
}

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hw3.Grader.SafeText;

namespace Hw3.Grader.Reporting.Csv;

/// <summary>
/// The writer of every CSV the grader makes (grades.csv, manual.csv): CsvHelper's formula-injection escaping
/// (<see cref="InjectionOptions.Escape"/>: a cell starting with =, +, -, @, tab or carriage return gets a leading
/// apostrophe and quotes, so a spreadsheet shows it as text instead of running it) on every cell but a number, which
/// stays a number (a score of -0.5 is data, not a formula). Names, emails, submission names and free-text answers all
/// come from students. Control characters are made visible first (<see cref="TerminalText"/>; a Windows line end
/// is a line end): staff read these files with <c>cat</c> and <c>column</c> too, where an escape sequence in an answer
/// would act on their terminal.
/// </summary>
public sealed class SafeCsvWriter(TextWriter writer) : CsvWriter(writer, Settings())
{
    public static CsvConfiguration Settings() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>Numbers as every CSV writes them: invariant culture, up to four decimals.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    protected override string? SanitizeForInjection(string? field) =>
        field is null || IsNumber(field)
            ? field
            : base.SanitizeForInjection(TerminalText.MakeVisible(field.Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>Only a plain decimal number: "-1.5" is one, "-1+2" and "-cmd|…" are not (and are escaped).</summary>
    private static bool IsNumber(string field) =>
        field.Length is > 0 and < 40
        && double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}

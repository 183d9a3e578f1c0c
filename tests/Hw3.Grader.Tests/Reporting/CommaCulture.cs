using System.Globalization;

namespace Hw3.Grader.Tests.Reporting;

/// <summary>
/// Sets the current culture to German number formatting (decimal comma, dot for thousands) until disposed.
/// The projects run with invariant globalization, where "de-DE" carries no culture data; then an invariant
/// culture with German separators stands in for it, which is what matters for numbers.
/// </summary>
internal sealed class CommaCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;
    private readonly CultureInfo _previousUi = CultureInfo.CurrentUICulture;

    private CommaCulture()
    {
        CultureInfo.CurrentCulture = German;
        CultureInfo.CurrentUICulture = German;
    }

    public static CultureInfo German { get; } = Create();

    public static CommaCulture Use() => new();

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _previous;
        CultureInfo.CurrentUICulture = _previousUi;
    }

    private static CultureInfo Create()
    {
        try
        {
            var german = CultureInfo.GetCultureInfo("de-DE");
            if (german.NumberFormat.NumberDecimalSeparator == ",")
            {
                return german;
            }
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization: no culture data; build the separators below.
        }

        var standIn = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        standIn.NumberFormat.NumberDecimalSeparator = ",";
        standIn.NumberFormat.NumberGroupSeparator = ".";
        standIn.NumberFormat.CurrencyDecimalSeparator = ",";
        standIn.NumberFormat.PercentDecimalSeparator = ",";
        return standIn;
    }
}

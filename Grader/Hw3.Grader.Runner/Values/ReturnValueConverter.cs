using System.Globalization;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Resolution;

namespace Hw3.Grader.Runner.Values;

/// <summary>
/// Turns what student code returned into a <see cref="WireValue"/>: numbers, bools, strings and
/// sequences of numbers (arrays, lists, MathNet vectors). Very long strings and sequences are refused
/// rather than sent, so one answer cannot flood the channel.
/// </summary>
internal static class ReturnValueConverter
{
    public const int MaxLength = 1_000_000;

    /// <summary>For graded calls: anything else is <see cref="CallStatus.UnsupportedReturn"/>.</summary>
    public static ConvertedValue Strict(object? value) => TryConvert(value) ?? ConvertedValue.Unreadable(
        $"returned a value of type {CSharpTypeName.Of(value!.GetType())}, which the grader cannot read; return a number, a bool, a string or an array of numbers");

    /// <summary>For <c>./hw3 eval</c>: anything else is shown as its invariant-culture text.</summary>
    public static ConvertedValue Lenient(object? value) => TryConvert(value) ?? FromText(
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value!.ToString());

    private static ConvertedValue? TryConvert(object? value) => value switch
    {
        null => ConvertedValue.Of(WireValue.Null),
        double d => ConvertedValue.Of(WireValue.Of(d)),
        float f => ConvertedValue.Of(WireValue.Of((double)f)),
        decimal m => ConvertedValue.Of(WireValue.Of((double)m)),
        int i => ConvertedValue.Of(WireValue.Of(i)),
        long l => ConvertedValue.Of(WireValue.Of(l)),
        short s => ConvertedValue.Of(WireValue.Of((int)s)),
        byte b => ConvertedValue.Of(WireValue.Of((int)b)),
        sbyte b => ConvertedValue.Of(WireValue.Of((int)b)),
        ushort s => ConvertedValue.Of(WireValue.Of((int)s)),
        uint u => ConvertedValue.Of(WireValue.Of((long)u)),
        ulong u => ConvertedValue.Of(u <= long.MaxValue ? WireValue.Of((long)u) : WireValue.Of((double)u)),
        bool b => ConvertedValue.Of(WireValue.Of(b)),
        string s => FromText(s),
        IEnumerable<double> numbers => FromSequence(numbers),
        IEnumerable<float> numbers => FromSequence(numbers.Select(x => (double)x)),
        IEnumerable<int> numbers => FromSequence(numbers.Select(x => (double)x)),
        IEnumerable<long> numbers => FromSequence(numbers.Select(x => (double)x)),
        _ => null,
    };

    private static ConvertedValue FromText(string? text) => text is { Length: > MaxLength }
        ? ConvertedValue.Unreadable($"returned a string of {text.Length.ToString(CultureInfo.InvariantCulture)} characters; the limit is {MaxLength.ToString(CultureInfo.InvariantCulture)}")
        : ConvertedValue.Of(WireValue.Of(text ?? ""));

    private static ConvertedValue FromSequence(IEnumerable<double> numbers)
    {
        var copy = new List<double>();
        foreach (var number in numbers)
        {
            if (copy.Count == MaxLength)
            {
                return ConvertedValue.Unreadable($"returned more than {MaxLength.ToString(CultureInfo.InvariantCulture)} numbers");
            }

            copy.Add(number);
        }

        return ConvertedValue.Of(WireValue.Of(copy.ToArray()));
    }
}

using System.Globalization;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Resolution;

namespace Hw3.Grader.Runner.Values;

/// <summary>
/// Turns what student code returned into a <see cref="WireValue"/>: numbers, bools, strings and
/// sequences of numbers (arrays, lists, MathNet vectors). Within <see cref="AnswerLimits"/>: a sequence longer than
/// the grader reads is a <see cref="CallStatus.TooLarge"/> outcome (never copied whole, so an endless sequence ends
/// too), a long string is cut with the cut marked; one answer cannot flood the channel or the grader.
/// </summary>
internal static class ReturnValueConverter
{
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
        IEnumerable<double> numbers => FromSequence(numbers, x => x),
        IEnumerable<float> numbers => FromSequence(numbers, x => x),
        IEnumerable<int> numbers => FromSequence(numbers, x => x),
        IEnumerable<long> numbers => FromSequence(numbers, x => x),
        _ => null,
    };

    private static ConvertedValue FromText(string? text) => ConvertedValue.Of(WireValue.Of(AnswerLimits.Cut(text ?? "", AnswerLimits.MaxTextChars)));

    private static ConvertedValue FromSequence<T>(IEnumerable<T> numbers, Func<T, double> toDouble)
    {
        if (numbers.TryGetNonEnumeratedCount(out var count) && count > AnswerLimits.MaxArrayLength)
        {
            return ConvertedValue.TooLarge(AnswerLimits.ArrayTooLong(count));
        }

        var copy = new List<double>();
        foreach (var number in numbers)
        {
            if (copy.Count == AnswerLimits.MaxArrayLength)
            {
                return ConvertedValue.TooLarge(AnswerLimits.ArrayTooLong(null));
            }

            copy.Add(toDouble(number));
        }

        return ConvertedValue.Of(WireValue.Of(copy.ToArray()));
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Hw3.Grader.Checks;

/// <summary>
/// Seeds derived from the rubric seed and a label (item id, case index…), the same on every machine and
/// run (string.GetHashCode is randomised per process, so it is never used for this).
/// </summary>
public static class StableSeed
{
    public static int Derive(int seed, params object[] labels)
    {
        var text = seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" +
                   string.Join("|", labels.Select(l => Convert.ToString(l, System.Globalization.CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}

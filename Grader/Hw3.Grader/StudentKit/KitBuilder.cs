using Hw3.Grader.Packaging;
using Hw3.Grader.Rubrics;
using Hw3.Kit.Manifest;

namespace Hw3.Grader.StudentKit;

/// <summary>
/// Builds the student kit zip: the checker published framework-dependent (Hw3.Kit, with its compile worker and runner,
/// no ReferenceSolutions), its items.json (visible items only), the template Hw3.cs, a README for students and the two
/// launchers. Staged in a temporary folder and zipped; the zip is replaced only when everything worked.
/// </summary>
public static class KitBuilder
{
    public const string TopFolder = "hw3-student-kit";
    public const string CheckerFolder = "checker";

    /// <returns>Null when the kit was written, else what went wrong, in words for staff.</returns>
    public static async Task<string?> BuildAsync(Rubric rubric, string zipPath, CancellationToken cancellationToken)
    {
        var root = CheckoutLocator.Find();
        if (root is null)
        {
            return "hw3 kit builds the kit from the checkout's sources, and this program is not inside one (no Hw3.sln above it)";
        }

        var staging = Directory.CreateTempSubdirectory("hw3-kit-");
        try
        {
            var checker = Path.Combine(staging.FullName, CheckerFolder);
            var published = await ProjectPublisher.PublishAsync(
                Path.Combine(root, "Grader", "Hw3.Kit", "Hw3.Kit.csproj"),
                checker,
                CheckoutLocator.Configuration,
                new Dictionary<string, string>(),
                build: true,
                cancellationToken).ConfigureAwait(false);
            if (!published.Succeeded)
            {
                return published.Message;
            }

            // Symbols are of no use to a student and carry the build's source names; the kit ships without them.
            foreach (var symbols in Directory.GetFiles(checker, "*.pdb", SearchOption.AllDirectories))
            {
                File.Delete(symbols);
            }

            var manifest = KitManifestWriter.From(rubric);
            await File.WriteAllTextAsync(Path.Combine(checker, KitManifest.FileName), manifest.ToJson(), cancellationToken).ConfigureAwait(false);
            File.Copy(Path.Combine(root, "Submissions", "template", "Hw3.cs"), Path.Combine(staging.FullName, "Hw3.cs"));
            await File.WriteAllTextAsync(Path.Combine(staging.FullName, "README.md"), StudentReadme.Write(manifest), cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging.FullName, KitLaunchers.UnixName), KitLaunchers.Unix, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging.FullName, KitLaunchers.WindowsName), KitLaunchers.Windows, cancellationToken).ConfigureAwait(false);
            var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            KitArchive.Write(staging.FullName, zipPath, TopFolder, new HashSet<string>(StringComparer.Ordinal) { KitLaunchers.UnixName });
            return null;
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}

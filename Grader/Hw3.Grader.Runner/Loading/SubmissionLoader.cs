using System.Globalization;
using System.Reflection;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Runner.Loading;

/// <summary>Loads the assemblies of a <see cref="LoadRequest"/>, in order, and remembers them.</summary>
internal sealed class SubmissionLoader
{
    private readonly SubmissionLoadContext _context = new();
    private readonly List<Assembly> _loaded = [];

    /// <summary>Loaded so far, in load order: the submission first, then an eval script if any.</summary>
    public IReadOnlyList<Assembly> Loaded => _loaded;

    public LoadResponse Load(LoadRequest request)
    {
        var images = request.Assemblies ?? [];
        for (var i = 0; i < images.Count; i++)
        {
            var which = images.Count == 1 ? "the assembly" : "assembly " + (i + 1).ToString(CultureInfo.InvariantCulture);
            try
            {
                _loaded.Add(_context.Add(images[i] ?? []));
            }
            catch (BadImageFormatException)
            {
                return new LoadResponse(false, which + " is not a valid .NET assembly");
            }
            catch (FileLoadException e)
            {
                return new LoadResponse(false, which + " could not be loaded: " + e.Message);
            }
            catch (ArgumentException e)
            {
                return new LoadResponse(false, which + " could not be loaded: " + e.Message);
            }
        }

        return new LoadResponse(true, null);
    }
}

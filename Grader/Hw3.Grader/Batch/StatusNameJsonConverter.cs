using Hw3.Grader.Grading;
using Newtonsoft.Json;

namespace Hw3.Grader.Batch;

/// <summary>Writes a <see cref="SubmissionStatus"/> or <see cref="ItemStatus"/> in record.json as its <see cref="StatusNames"/> word, and reads it back; an unknown word makes the record unreadable (it is graded again).</summary>
public sealed class StatusNameJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(SubmissionStatus) || objectType == typeof(ItemStatus);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        writer.WriteValue(value switch
        {
            SubmissionStatus submission => StatusNames.Of(submission),
            ItemStatus item => StatusNames.Of(item),
            _ => throw new JsonSerializationException("not a status: " + value),
        });

    public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var text = reader.Value as string;
        if (objectType == typeof(SubmissionStatus) && StatusNames.TryParse(text, out SubmissionStatus submission))
        {
            return submission;
        }

        if (objectType == typeof(ItemStatus) && StatusNames.TryParse(text, out ItemStatus item))
        {
            return item;
        }

        throw new JsonSerializationException($"expected a status, found \"{text}\" at {reader.Path}");
    }
}

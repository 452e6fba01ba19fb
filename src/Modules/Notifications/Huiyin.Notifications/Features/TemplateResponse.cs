using Huiyin.Notifications.Domain;

namespace Huiyin.Notifications.Features;

/// <summary>A message template: its wording and the placeholders that wording may use.</summary>
internal sealed record TemplateResponse(string Key, string Name, string Body, IReadOnlyList<string> Placeholders, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static TemplateResponse From(MessageTemplate template) =>
        new(template.Key, template.Name, template.Body, template.Placeholders, template.UpdatedAt, template.UpdatedBy);
}

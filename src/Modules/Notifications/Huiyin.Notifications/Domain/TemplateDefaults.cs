using Microsoft.Extensions.Configuration;

namespace Huiyin.Notifications.Domain;

/// <summary>
/// The values every template may use without the caller giving them: the company's name and its service hotline
/// (<c>Notifications:CompanyName</c>, <c>Notifications:Hotline</c>). A value the caller gives (not blank) wins.
/// </summary>
internal sealed class TemplateDefaults(IConfiguration configuration)
{
    public const string Company = "company";
    public const string Hotline = "hotline";

    public IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> values)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Company] = configuration["Notifications:CompanyName"] ?? "",
            [Hotline] = configuration["Notifications:Hotline"] ?? "",
        };
        foreach (var (name, value) in values.Where(v => !string.IsNullOrWhiteSpace(v.Value)))
        {
            merged[name] = value;
        }

        return merged;
    }
}

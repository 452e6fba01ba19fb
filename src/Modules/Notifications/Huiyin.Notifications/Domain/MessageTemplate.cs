using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Notifications.Domain;

/// <summary>
/// The text of a kind of message, with <c>{placeholders}</c> filled in when a message is sent. Which placeholders it may
/// use is fixed by the code that sends it; Admins change the wording.
/// </summary>
internal sealed class MessageTemplate : IAuditable, IVersioned
{
    public const int MaxBodyLength = 500;

    private MessageTemplate()
    {
    }

    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string[] Placeholders { get; private set; } = [];

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static MessageTemplate Create(string key, string name, string body, string[] placeholders) =>
        new() { Key = key, Name = name, Body = body, Placeholders = placeholders };

    public void ChangeBody(string body) => Body = body;
}

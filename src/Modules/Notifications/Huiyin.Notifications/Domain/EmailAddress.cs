namespace Huiyin.Notifications.Domain;

internal static class EmailAddress
{
    /// <summary>All but the first letter of the mailbox hidden, the domain kept: "l*******@estate.test".</summary>
    public static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? MobilePhone.Mask(address) : address[0] + new string('*', at - 1) + address[at..];
    }
}

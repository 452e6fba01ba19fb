namespace Huiyin.BuildingBlocks.Contacts;

/// <summary>How the desk reached, or tried to reach, a customer about their ticket or complaint.</summary>
public enum ContactMethod
{
    Phone,
    OnSite,
    FrontDesk,
    Sms,
    Email,
}

/// <summary>What came of a contact: the customer reached, not reached (the apology SMS goes out), or a message left.</summary>
public enum ContactOutcome
{
    Reached,
    Unreachable,
    MessageLeft,
}

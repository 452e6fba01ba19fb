using Huiyin.BuildingBlocks.Contacts;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>A contact to log: when (now if not given), how, the outcome and what the customer said.</summary>
internal sealed record ContactEntry(DateTimeOffset? At, ContactMethod Method, ContactOutcome Outcome, string Note);

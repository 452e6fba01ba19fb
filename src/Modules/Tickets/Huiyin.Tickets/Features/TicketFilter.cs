using FluentValidation;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Huiyin.Tickets.Features;

/// <summary>
/// The list's filters. <c>status</c> and <c>priority</c> take comma-separated values; <c>breached</c> means either
/// clock ever breached; <c>followUpDue</c> the open tickets whose customer has not heard from the desk for a day.
/// </summary>
internal sealed record TicketFilter(
    [property: FromQuery(Name = "status")] string? Status = null,
    [property: FromQuery(Name = "priority")] string? Priority = null,
    [property: FromQuery(Name = "kind")] string? Kind = null,
    [property: FromQuery(Name = "category")] string? Category = null,
    [property: FromQuery(Name = "assigneeId")] Guid? AssigneeId = null,
    [property: FromQuery(Name = "customerId")] Guid? CustomerId = null,
    [property: FromQuery(Name = "breached")] bool? Breached = null,
    [property: FromQuery(Name = "followUpDue")] bool? FollowUpDue = null,
    [property: FromQuery(Name = "unassigned")] bool? Unassigned = null,
    [property: FromQuery(Name = "search")] string? Search = null)
{
    public IReadOnlyList<TicketStatus> Statuses => Split<TicketStatus>(Status);

    public IReadOnlyList<TicketPriority> Priorities => Split<TicketPriority>(Priority);

    public IQueryable<Ticket> Apply(IQueryable<Ticket> tickets, DateTimeOffset now)
    {
        if (Statuses is { Count: > 0 } statuses)
        {
            tickets = tickets.Where(t => statuses.Contains(t.Status));
        }

        if (Priorities is { Count: > 0 } priorities)
        {
            tickets = tickets.Where(t => priorities.Contains(t.Priority));
        }

        if (TicketRules.ParseOptional<TicketKind>(Kind) is { } kind)
        {
            tickets = tickets.Where(t => t.Kind == kind);
        }

        if (TicketRules.ParseOptional<TicketCategory>(Category) is { } category)
        {
            tickets = tickets.Where(t => t.Category == category);
        }

        if (AssigneeId is { } assignee)
        {
            tickets = tickets.Where(t => t.TechnicianIds.Contains(assignee));
        }

        if (Unassigned == true)
        {
            tickets = tickets.Where(t => t.TechnicianIds.Count == 0);
        }

        if (CustomerId is { } customer)
        {
            tickets = tickets.Where(t => t.CustomerId == customer);
        }

        if (Breached is { } breached)
        {
            tickets = tickets.Where(t => (t.Deadlines.FirstContactBreached || t.Deadlines.ResolutionBreached) == breached);
        }

        if (FollowUpDue == true)
        {
            tickets = tickets.Where(Domain.FollowUp.IsDueAt(now));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            tickets = tickets.Where(t => t.Number == text || t.CustomerName.StartsWith(text) || t.CustomerPhone == text);
        }

        return tickets;
    }

    private static IReadOnlyList<T> Split<T>(string? values)
        where T : struct, Enum =>
        (values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Enum.TryParse<T>(v, ignoreCase: true, out var parsed) ? parsed : (T?)null)
            .OfType<T>().ToList();
}

internal static class TicketFilterRules
{
    public static void MustBeATicketFilter<T>(this AbstractValidator<T> validator, Func<T, TicketFilter> filter)
    {
        validator.RuleFor(x => filter(x).Status).Must(AllOf<TicketStatus>).OverridePropertyName("status")
            .WithMessage($"status takes comma-separated values of: {string.Join(", ", Enum.GetNames<TicketStatus>())}.").WithErrorCode("unknown_value");
        validator.RuleFor(x => filter(x).Priority).Must(AllOf<TicketPriority>).OverridePropertyName("priority")
            .WithMessage($"priority takes comma-separated values of: {string.Join(", ", Enum.GetNames<TicketPriority>())}.").WithErrorCode("unknown_value");
        validator.RuleFor(x => filter(x).Kind).IsOneOf<T, TicketKind>().OverridePropertyName("kind");
        validator.RuleFor(x => filter(x).Category).IsOneOf<T, TicketCategory>().OverridePropertyName("category");
        validator.RuleFor(x => filter(x).Search).MaximumLength(100).OverridePropertyName("search");
    }

    private static bool AllOf<TEnum>(string? values)
        where TEnum : struct, Enum =>
        (values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(v => Enum.TryParse<TEnum>(v, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(v, out _));
}

using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>A ticket's category and kind as the text messages to customers word them (电梯报修, 给排水咨询).</summary>
internal static class TicketWords
{
    private static readonly Dictionary<TicketCategory, string> CategoryNames = new()
    {
        [TicketCategory.Plumbing] = "给排水", [TicketCategory.Electrical] = "电气", [TicketCategory.Hvac] = "空调",
        [TicketCategory.Lift] = "电梯", [TicketCategory.Gas] = "燃气", [TicketCategory.Cleaning] = "保洁",
        [TicketCategory.Security] = "安保", [TicketCategory.Greening] = "绿化", [TicketCategory.Appliance] = "家电",
        [TicketCategory.Other] = "其他",
    };

    private static readonly Dictionary<TicketKind, string> KindNames = new()
    {
        [TicketKind.Enquiry] = "咨询", [TicketKind.ServiceRequest] = "服务需求", [TicketKind.Repair] = "报修",
    };

    public static string Subject(Ticket ticket) => CategoryNames[ticket.Category] + KindNames[ticket.Kind];
}

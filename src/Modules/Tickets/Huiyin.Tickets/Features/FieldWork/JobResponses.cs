using System.Linq.Expressions;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>A job as the technician's phone lists it: what, where, who to call, when, how pressing.</summary>
internal sealed record JobSummary(
    Guid Id,
    string Number,
    TicketStatus Status,
    TicketPriority Priority,
    TicketKind Kind,
    TicketCategory Category,
    string CustomerName,
    string? CustomerPhone,
    string? UnitId,
    string? Location,
    DateTimeOffset? AppointmentFrom,
    DateTimeOffset? AppointmentTo,
    DateTimeOffset? PromisedAt,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset ResolutionDueAt,
    bool Lead)
{
    public static JobSummary From(Ticket t, Guid technicianId) => new(
        t.Id.Value, t.Number, t.Status, t.Priority, t.Kind, t.Category, t.CustomerName, t.CustomerPhone,
        t.UnitId, t.Location, t.AppointmentFrom, t.AppointmentTo, t.PromisedAt, t.Deadlines.FirstContactDueAt, t.Deadlines.ResolutionDueAt,
        t.TechnicianIds.Count > 0 && t.TechnicianIds[0] == technicianId);
}

internal sealed record VisitResponse(Guid Id, Guid TicketId, Guid TechnicianId, DateTimeOffset CheckedInAt, double? Latitude, double? Longitude, DateTimeOffset? CheckedOutAt)
{
    public static VisitResponse From(TechnicianVisit v) => new(v.Id, v.TicketId.Value, v.TechnicianId, v.CheckedInAt, v.Latitude, v.Longitude, v.CheckedOutAt);
}

internal sealed record MaterialLine(string Name, decimal Quantity, string Unit);

internal sealed record WorkLogResponse(Guid Id, Guid TicketId, Guid TechnicianId, string TechnicianName, DateTimeOffset At, string Explanation, IReadOnlyList<MaterialLine> Materials)
{
    public static WorkLogResponse From(WorkLog w) => new(
        w.Id, w.TicketId.Value, w.TechnicianId, w.TechnicianName, w.At, w.Explanation, w.Materials.Select(m => new MaterialLine(m.Name, m.Quantity, m.Unit)).ToList());
}

/// <summary>A photo's description; <c>url</c> downloads it (for the job's technicians).</summary>
internal sealed record PhotoResponse(Guid Id, Guid TicketId, Guid TechnicianId, DateTimeOffset UploadedAt, string? ClientPhotoId, string ContentType, int Length, string Url)
{
    /// <summary>Reads a photo's description without its content.</summary>
    public static readonly Expression<Func<JobPhoto, PhotoResponse>> Projection = p => new PhotoResponse(
        p.Id, p.TicketId.Value, p.TechnicianId, p.UploadedAt, p.ClientPhotoId, p.ContentType, p.Length, "/api/v1/me/jobs/" + p.TicketId.Value + "/photos/" + p.Id);

    private static readonly Func<JobPhoto, PhotoResponse> Describe = Projection.Compile();

    public static PhotoResponse From(JobPhoto p) => Describe(p);
}

internal sealed record SignOffResponse(Guid Id, Guid TicketId, Guid TechnicianId, DateTimeOffset At, string CustomerName, bool Satisfied, string? Comment)
{
    public static SignOffResponse From(CustomerSignOff s) => new(s.Id, s.TicketId.Value, s.TechnicianId, s.At, s.CustomerName, s.Satisfied, s.Comment);
}

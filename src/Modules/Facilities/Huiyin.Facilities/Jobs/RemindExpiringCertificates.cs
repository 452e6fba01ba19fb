using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Jobs;

/// <summary>
/// Job <c>facilities:certificate-reminders</c>, daily: each certificate of equipment that expires within 30 days is announced
/// to the Supervisors and Managers with <see cref="EquipmentCertificateExpiring"/>, once (a reminder row per certificate).
/// </summary>
internal sealed record RemindExpiringCertificates : ICommand<Result>
{
    public const string JobId = "facilities:certificate-reminders";
    public const string Schedule = "0 8 * * *";
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(30);
    public static readonly IReadOnlyList<string> NotifyRoles = [nameof(StaffRole.Supervisor), nameof(StaffRole.Manager)];
}

internal sealed class RemindExpiringCertificatesHandler(FacilitiesDbContext db, DeskTime desk, TimeProvider clock) : IRequestHandler<RemindExpiringCertificates, Result>
{
    public async Task<Result> Handle(RemindExpiringCertificates request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + RemindExpiringCertificates.Ahead;
        var expiring = await db.Equipment.AsNoTracking()
            .Where(e => e.CertificateExpiresAt > now && e.CertificateExpiresAt <= horizon)
            .Where(e => !db.CertificateReminders.Any(r => r.EquipmentId == e.Id && r.CertificateExpiresAt == e.CertificateExpiresAt))
            .ToListAsync(cancellationToken);
        foreach (var equipment in expiring)
        {
            var expiresAt = equipment.CertificateExpiresAt!.Value;
            db.CertificateReminders.Add(new CertificateReminder { EquipmentId = equipment.Id, CertificateExpiresAt = expiresAt, SentAt = now });
            db.Publish(new EquipmentCertificateExpiring(equipment.Id.Value, equipment.Name, equipment.Type.ToString(), equipment.SiteId.Value,
                equipment.BuildingId?.Value, equipment.CertificateNumber ?? "", desk.DayOf(expiresAt),
                RemindExpiringCertificates.NotifyRoles, now));
        }

        return Result.Success();
    }
}

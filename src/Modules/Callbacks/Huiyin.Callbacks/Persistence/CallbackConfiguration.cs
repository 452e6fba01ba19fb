using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Callbacks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Callbacks.Persistence;

internal sealed class CallbackConfiguration : IEntityTypeConfiguration<Callback>
{
    public void Configure(EntityTypeBuilder<Callback> builder)
    {
        builder.ToTable("callbacks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new CallbackId(value));
        builder.Property(c => c.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.ItemType).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ItemNumber).HasMaxLength(32);
        builder.Property(c => c.ItemSummary).HasMaxLength(2000);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
        builder.OwnsMany(c => c.Attempts, attempts =>
        {
            attempts.ToJson();
            attempts.Property(a => a.TimeOfDay).HasConversion<string>();
            attempts.Property(a => a.Outcome).HasConversion<string>();
        });
        builder.OwnsMany(c => c.FollowUps, followUps => followUps.ToJson());
        builder.Ignore(c => c.IsOpen);

        // One callback per followed item and reason: an event delivered twice, or by two hosts, schedules it once.
        builder.HasIndex(c => new { c.ItemId, c.Reason }).IsUnique().HasFilter("item_id IS NOT NULL");
        builder.HasIndex(c => new { c.CustomerId, c.Reason, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.CallAt });
        builder.HasIndex(c => new { c.AssigneeId, c.CallAt });
        builder.HasIndex(c => new { c.TeamId, c.CallAt });
        builder.HasXminVersion(c => c.Version);
    }
}

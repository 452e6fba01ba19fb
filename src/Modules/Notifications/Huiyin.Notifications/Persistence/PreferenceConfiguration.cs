using Huiyin.Notifications.Domain.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Notifications.Persistence;

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(p => new { p.StaffId, p.Kind });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(p => p.Choice);
    }
}

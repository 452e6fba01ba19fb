using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Organization.Contracts;

namespace Huiyin.Organization.Domain;

/// <summary>A staff member's account: who they are, what they may do, and the state of their sign-ins.</summary>
internal sealed class StaffMember : IAuditable, IVersioned
{
    private StaffMember()
    {
    }

    public StaffMemberId Id { get; private set; }

    public string Username { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";

    /// <summary>The number staff say in greetings: 您好，XX物管，101号张XX为您服务.</summary>
    public string ServiceNumber { get; private set; } = "";

    public List<StaffRole> Roles { get; private set; } = [];

    public TeamId? TeamId { get; private set; }

    public List<string> Skills { get; private set; } = [];

    /// <summary>Where e-mail notifications go; none until the person gives one.</summary>
    public string? Email { get; private set; }

    /// <summary>The mobile (11 digits) text notifications go to; none until the person gives one.</summary>
    public string? Mobile { get; private set; }

    /// <summary>The IANA time zone the person reads times in; none means the desk's.</summary>
    public string? TimeZone { get; private set; }

    public bool Active { get; private set; }

    /// <summary>Set by an Admin's reset: until the person picks their own password, only that change is allowed.</summary>
    public bool MustChangePassword { get; private set; }

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static StaffMember Register(StaffProfile profile) => new()
    {
        Id = StaffMemberId.New(),
        Username = profile.Username,
        DisplayName = profile.DisplayName,
        ServiceNumber = profile.ServiceNumber,
        Roles = [.. profile.Roles.Distinct()],
        TeamId = profile.TeamId,
        Skills = [.. profile.Skills.Distinct()],
        Active = true,
    };

    public void ChangeProfile(string displayName, string serviceNumber, IEnumerable<StaffRole> roles, TeamId? teamId, IEnumerable<string> skills)
    {
        DisplayName = displayName;
        ServiceNumber = serviceNumber;
        Roles = [.. roles.Distinct()];
        TeamId = teamId;
        Skills = [.. skills.Distinct()];
    }

    public void ChangeContact(string? email, string? mobile)
    {
        Email = email;
        Mobile = mobile;
    }

    public void ReadTimesIn(string? timeZone) => TimeZone = timeZone;

    public void SetPasswordHash(string passwordHash) => PasswordHash = passwordHash;

    public void ResetPassword(string temporaryPasswordHash)
    {
        PasswordHash = temporaryPasswordHash;
        MustChangePassword = true;
    }

    public void ChangePassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        MustChangePassword = false;
    }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;

    /// <summary>Counts a wrong password; the last allowed failure locks the account for the lockout period.</summary>
    public void RecordFailedSignIn(DateTimeOffset now, LockoutPolicy policy)
    {
        FailedSignIns++;
        if (FailedSignIns >= policy.MaxFailedAttempts)
        {
            LockedUntil = now + policy.Duration;
            FailedSignIns = 0;
        }
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;
}

/// <summary>The fields an administrator sets on a staff member.</summary>
internal sealed record StaffProfile(
    string Username, string DisplayName, string ServiceNumber, IReadOnlyList<StaffRole> Roles, TeamId? TeamId, IReadOnlyList<string> Skills);

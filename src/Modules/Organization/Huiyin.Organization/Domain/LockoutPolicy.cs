namespace Huiyin.Organization.Domain;

/// <summary>How many wrong passwords lock an account, and for how long (section <c>Auth:Lockout</c>).</summary>
internal sealed class LockoutPolicy
{
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}

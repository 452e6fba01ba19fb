using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Tests.Domain;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_usable_until_consumed_revoked_or_expired()
    {
        var token = RefreshToken.Issue(StaffMemberId.New(), previous: null, ClientDevice.From(null, null), "hash", Now, TimeSpan.FromDays(14));

        Assert.False(token.WasUsedOrRevoked);
        Assert.False(token.IsExpiredAt(Now.AddDays(14).AddSeconds(-1)));
        Assert.True(token.IsExpiredAt(Now.AddDays(14)));

        token.Consume(Now.AddMinutes(5));
        Assert.True(token.WasUsedOrRevoked);
    }

    [Fact]
    public void Revoking_keeps_the_first_revocation_time()
    {
        var token = RefreshToken.Issue(StaffMemberId.New(), previous: null, ClientDevice.From(null, null), "hash", Now, TimeSpan.FromDays(1));

        token.Revoke(Now.AddMinutes(1));
        token.Revoke(Now.AddMinutes(2));

        Assert.Equal(Now.AddMinutes(1), token.RevokedAt);
    }
}

using Huiyin.BuildingBlocks.Modules;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Huiyin.Organization.Seeding;

/// <summary>
/// On a new installation, creates the first Admin from <c>Bootstrap:AdminUsername</c> and
/// <c>Bootstrap:AdminPassword</c> so that someone can sign in and create everyone else.
/// </summary>
internal sealed class BootstrapAdmin(IMediator mediator, IConfiguration configuration, ILogger<BootstrapAdmin> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var username = configuration["Bootstrap:AdminUsername"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        var result = await mediator.Send(new ProvisionStaffMember(username, "系统管理员", password, [StaffRole.Admin]), cancellationToken);
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"The bootstrap Admin could not be created: {result.Error.Message}");
        }

        logger.LogInformation("Bootstrap Admin {Username} is ready", username);
    }
}

using Huiyin.Host.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddHuiyin(HostModules.All);

var app = builder.Build();
if (args is ["migrate"])
{
    await app.MigrateDatabaseAsync();
    return;
}

await app.PrepareAsync(HostModules.All);
app.UseHuiyin(HostModules.All);
await app.RunAsync();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>Problem details follow Accept-Language: zh-CN when the caller says nothing, English on request; the codes stay.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemLanguageTests(HuiyinApp app) : HuiyinTest(app)
{
    [Theory]
    [InlineData(null)]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8")]
    public async Task A_validation_problem_is_in_zh_CN_by_default_and_on_request(string? language)
    {
        var admin = Speaking(await App.SignedInAsAsync(StaffRole.Admin), language);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new { username = "no.name", password = "Strong-pass-8", roles = new[] { "Agent" } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请求有误", problem.GetProperty("title").GetString());
        Assert.Equal("请检查填写的内容", problem.GetProperty("detail").GetString());
        Assert.Equal(["该字段不能为空"], Strings(problem.GetProperty("errors").GetProperty("displayName")));
        Assert.Equal(["required"], Strings(problem.GetProperty("errorCodes").GetProperty("displayName")));
        Assert.Equal("validation", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_validation_problem_is_in_English_on_request_with_the_same_codes()
    {
        var admin = Speaking(await App.SignedInAsAsync(StaffRole.Admin), "en-US,en;q=0.9");

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new { username = "no.name", password = "Strong-pass-8", roles = new[] { "Agent" } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request is invalid.", problem.GetProperty("title").GetString());
        Assert.Equal(["Enter the name shown to colleagues and customers."], Strings(problem.GetProperty("errors").GetProperty("displayName")));
        Assert.Equal(["required"], Strings(problem.GetProperty("errorCodes").GetProperty("displayName")));
    }

    [Theory]
    [InlineData("zh-CN", "电话号码格式不正确：可填手机、带区号的座机或 400/800 号码")]
    [InlineData("en", "'12' is not a phone number: a mobile (138 1234 5678), a landline with its area code (021-6123 4567) or a 400/800 number.")]
    public async Task A_custom_rule_answers_with_its_own_code_and_wording(string language, string message)
    {
        var agent = Speaking(await App.SignedInAsAsync(StaffRole.Agent), language);

        var response = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name = "王芳", phones = new[] { "12" } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([message], Strings(problem.GetProperty("errors").GetProperty("phones[0]")));
        Assert.Equal(["phone_format"], Strings(problem.GetProperty("errorCodes").GetProperty("phones[0]")));
    }

    [Theory]
    [InlineData(null, "未找到", "找不到该员工")]
    [InlineData("en", "Not found.", "Staff member '00000000-0000-0000-0000-000000000001' was not found.")]
    public async Task A_missing_record_is_worded_in_the_callers_language(string? language, string title, string detail)
    {
        var admin = Speaking(await App.SignedInAsAsync(StaffRole.Admin), language);

        var response = await admin.GetAsync("/api/v1/staff/00000000-0000-0000-0000-000000000001");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("not_found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "与当前状态冲突", "已有名为“维修一班”的班组")]
    [InlineData("en", "Conflict with the current state.", "A team named '维修一班' already exists.")]
    public async Task A_conflict_fills_its_wording_with_the_values_at_fault(string language, string title, string detail)
    {
        var admin = Speaking(await App.SignedInAsAsync(StaffRole.Admin), language);
        (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "维修一班" })).EnsureSuccessStatusCode();

        var response = await admin.PostAsJsonAsync("/api/v1/teams", new { name = "维修一班" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("team_name_taken", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null, "未登录", "请先登录；登录已过期时请刷新登录")]
    [InlineData("en", "Not signed in.", null)]
    public async Task An_unauthenticated_request_is_worded_in_the_callers_language(string? language, string title, string? detail)
    {
        var anonymous = Speaking(App.CreateClient(), language);

        var response = await anonymous.GetAsync("/api/v1/customers");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.StartsWith(detail ?? "Sign in", problem.GetProperty("detail").GetString());
        Assert.Equal("unauthenticated", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Problems_the_framework_writes_get_a_code_and_zh_CN_wording()
    {
        var admin = Speaking(await App.SignedInAsAsync(StaffRole.Admin), null);

        var noRoute = await (await admin.GetAsync("/api/v1/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var wrongMethod = await (await admin.DeleteAsync("/api/v1/teams")).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        var wrongType = await (await admin.PostAsync("/api/v1/teams", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(("route_not_found", "未找到", "找不到这个地址"), Describe(noRoute));
        Assert.Equal(("method_not_allowed", "不支持该请求方式", "这个地址不支持该请求方式"), Describe(wrongMethod));
        Assert.Equal(("unsupported_media_type", "不支持的内容类型", "请以 application/json 格式发送请求内容"), Describe(wrongType));
    }

    private static HttpClient Speaking(HttpClient client, string? language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static (string?, string?, string?) Describe(JsonElement problem) =>
        (problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
}

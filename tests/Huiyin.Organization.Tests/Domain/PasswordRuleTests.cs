using Huiyin.Organization.Domain;
using Huiyin.Organization.Seeding;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests.Domain;

public sealed class PasswordRuleTests
{
    [Theory]
    [InlineData(DemoStaff.Password, "supervisor2", "106")]
    [InlineData(HuiyinApp.Password, "test-admin", "101")]
    public void The_demo_and_test_passwords_pass_the_rule(string password, string username, string serviceNumber) =>
        Assert.Null(PasswordRule.Check(password, "password", username, serviceNumber));

    [Theory]
    [InlineData("WoAiNi1314")]
    [InlineData("1QAZ2WSX3EDC")]
    [InlineData("123456789012")]
    [InlineData("AsdfghJKL123")]
    public void Common_passwords_are_refused_whatever_their_case(string password) =>
        Assert.Equal("password_common", PasswordRule.Check(password, "password", "someone", "999")?.FieldErrors?["password"][0].Code);

    [Fact]
    public void The_username_is_refused_whatever_its_case() =>
        Assert.Equal("password_contains_username", PasswordRule.Check("Zhang.Wei-2026!", "password", "zhang.wei", "101")?.FieldErrors?["password"][0].Code);
}

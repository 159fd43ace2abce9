import Testing
@testable import Liquid

@Suite struct AssignedVariablesTests {
    @Test(arguments: [3, AssignedVariables.scanLimit, AssignedVariables.scanLimit + 1, 100])
    func setReadReplaceAndRemoveAnyNumberOfNames(_ count: Int) {
        var assigns = AssignedVariables()
        #expect(assigns.isEmpty)
        let names = (0..<count).map { "variable_with_a_long_name_\($0)" }
        for (index, name) in names.enumerated() { assigns[name] = .int(index) }
        #expect(names.enumerated().allSatisfy { assigns[$0.element]?.liquidEquals(.int($0.offset)) == true })
        assigns[names[1]] = "replaced"
        #expect(assigns[names[1]]?.liquidEquals("replaced") == true)
        #expect(assigns["missing"] == nil)
        // Removing from the middle moves the last name into its place; every other name is still found.
        #expect(assigns.removeValue(forKey: names[0])?.liquidEquals(.int(0)) == true)
        assigns[names[2]] = nil
        #expect(assigns[names[0]] == nil && assigns[names[2]] == nil)
        for (index, name) in names.enumerated() where index > 2 { #expect(assigns[name]?.liquidEquals(.int(index)) == true) }
        for name in names { assigns[name] = nil }
        #expect(assigns.isEmpty)
    }

    @Test func aTemplateAssigningManyNamesReadsEachBack() throws {
        let template = (0..<40).map { "{% assign v\($0) = \($0) %}" }.joined() + "{{ v0 }} {{ v17 }} {{ v39 }}"
        let environment = TemplateEnvironment()
        #expect(try environment.render(environment.parse(template, name: "many"), data: [:]) == "0 17 39")
    }
}

#!/usr/bin/env ruby
# frozen_string_literal: true

# Renders each benchmark fixture with Ruby's liquid gem and prints renders/second.
#
# Usage: peer_ruby.rb FIXTURES_DIR [--seconds 3]
#
# Same protocol as liquid-bench: parse templates/index.liquid once (partials come
# from an in-memory file system), render once and compare with expected_result.txt,
# then render in a loop for SECONDS and print `fixture NAME: N renders/s`.

require 'json'
require 'liquid'

# Serves `include`/`render` from the fixture's templates/ folder, read up front.
class MemoryFileSystem
  def initialize(templates)
    @templates = templates
  end

  def read_template_file(name)
    @templates.fetch(name) { raise Liquid::FileSystemError, "No such template '#{name}'" }
  end
end

def bench(folder, seconds)
  name = File.basename(folder)
  templates = Dir[File.join(folder, 'templates', '*.liquid')].to_h { |p| [File.basename(p), File.read(p)] }
  data = JSON.parse(File.read(File.join(folder, 'data.json')))
  expected = File.read(File.join(folder, 'expected_result.txt'))

  Liquid::Template.file_system = MemoryFileSystem.new(templates)
  template = Liquid::Template.parse(templates.fetch('index.liquid'))

  # A Template keeps `assign`s and `increment` counters between renders (in
  # instance_assigns and in the data hash), so each render gets fresh ones.
  render = lambda do
    template.instance_assigns.clear
    template.render!(data.dup)
  end

  first = render.call
  puts "fixture #{name}: matches expected: #{first == expected}"

  renders = 0
  start = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  elapsed = 0.0
  while elapsed < seconds
    render.call
    renders += 1
    elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - start
  end
  puts "fixture #{name}: #{(renders / elapsed).round} renders/s"
  $stdout.flush
end

fixtures = nil
seconds = 3.0
args = ARGV.dup
until args.empty?
  arg = args.shift
  if arg == '--seconds'
    seconds = Float(args.shift)
  else
    fixtures = arg
  end
end
abort 'usage: peer_ruby.rb FIXTURES_DIR [--seconds 3]' unless fixtures

puts "# ruby liquid #{Liquid::VERSION}, Ruby #{RUBY_VERSION}"
Dir[File.join(fixtures, '*')].select { |p| File.directory?(p) }.sort.each { |f| bench(f, seconds) }
